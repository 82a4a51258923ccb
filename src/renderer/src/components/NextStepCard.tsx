import { useId } from 'react'
import type { NextStep } from '../../../shared/view/next-step'
import type { Light } from '../../../shared/verdict/light'
import { useT } from '../use-t'
import { BrowserCheck } from './BrowserCheck'
import { CapabilityTicks } from './CapabilityTicks'
import { LiveFindingText } from './LiveFindingText'
import { TargetButton } from './TargetButton'

/**
 * The page's first card: the single most important thing to do now, with the button that takes
 * the user there (and "check again" when the fix is made in the proxy client or the system); a
 * countdown when there is only a time to wait for; on green, what to do (keep this exit and pay)
 * and how to check the browser's own exit, never a promise that it works.
 */
export function NextStepCard({ step, light }: { step: NextStep; light: Light }) {
  const t = useT()
  const id = useId()
  const tone = step.kind === 'go' ? 'green' : step.finding.severity === 'info' ? 'grey' : light
  return (
    <section className={`card next-step next-step-${tone}`} aria-labelledby={id}>
      <h2 id={id}>{t('next.title')}</h2>
      {step.kind === 'go' ? (
        <>
          <p className="next-step-text">{t('next.go')}</p>
          <BrowserCheck />
        </>
      ) : (
        <>
          <p className="next-step-text" data-finding={step.finding.id}>
            <LiveFindingText finding={step.finding} />
          </p>
          <CapabilityTicks finding={step.finding} />
          <div className="next-step-actions">
            {step.target ? <TargetButton target={step.target} primary /> : null}
            {step.recheck && step.target?.kind !== 'check-now' ? (
              <TargetButton target={{ kind: 'check-now' }} plain />
            ) : null}
          </div>
        </>
      )}
    </section>
  )
}
