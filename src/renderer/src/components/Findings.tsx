import type { Finding } from '../../../shared/verdict/types'
import { useLang, useT } from '../use-t'

/** Every reason behind the light, worst first, each with the checklist step that fixes it. */
export function Findings({ findings }: { findings: readonly Finding[] }) {
  const t = useT()
  const lang = useLang()
  if (findings.length === 0) return null
  return (
    <ul className="findings" aria-label={t('verdict.reasons')}>
      {findings.map((f) => (
        <li key={f.id} className={`finding finding-${f.severity}`} data-finding={f.id}>
          {f.message[lang]}
          {f.step ? (
            <span className="muted fix">
              {' '}
              {t('finding.fix', { step: { message: `step.${f.step}` } })}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
