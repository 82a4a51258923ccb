import { targetOf } from '../../../shared/view/next-step'
import type { Finding } from '../../../shared/verdict/types'
import { useT } from '../use-t'
import { CapabilityTicks } from './CapabilityTicks'
import { LiveFindingText } from './LiveFindingText'
import { TargetButton } from './TargetButton'

/** The findings after the next step, worst first, each with the button to where it is fixed. */
export function Findings({ findings }: { findings: readonly Finding[] }) {
  const t = useT()
  if (findings.length === 0) return null
  return (
    <section className="findings-more" aria-label={t('next.more')}>
      <h3>{t('next.more')}</h3>
      <ul className="findings" aria-label={t('verdict.reasons')}>
        {findings.map((f) => {
          const target = targetOf(f)
          return (
            <li key={f.id} className={`finding finding-${f.severity}`} data-finding={f.id}>
              <LiveFindingText finding={f} />
              <CapabilityTicks finding={f} />
              {target && f.severity !== 'info' ? (
                <span className="fix">
                  {' '}
                  <TargetButton target={target} />
                </span>
              ) : null}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
