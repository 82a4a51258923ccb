import type { Finding } from '../../../shared/verdict/types'
import { useLang } from '../use-t'

/** Every reason behind the light, worst first, in the user's language. */
export function Findings({ findings }: { findings: readonly Finding[] }) {
  const lang = useLang()
  if (findings.length === 0) return null
  return (
    <ul className="findings" aria-label={lang === 'zh' ? '原因' : 'Reasons'}>
      {findings.map((f) => (
        <li key={f.id} className={`finding finding-${f.severity}`} data-finding={f.id}>
          {f.message[lang]}
        </li>
      ))}
    </ul>
  )
}
