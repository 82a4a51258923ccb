import { useId } from 'react'
import type { NextStep } from '../../../shared/view/next-step'
import type { Light } from '../../../shared/verdict/light'
import { useLang, useT } from '../use-t'
import { CapabilityTicks } from './CapabilityTicks'
import { TargetButton } from './TargetButton'

/**
 * The page's first card: the single most important thing to do now, with the button that takes
 * the user there; on green, what to do (keep this exit and pay), never a promise that it works.
 */
export function NextStepCard({ step, light }: { step: NextStep; light: Light }) {
  const t = useT()
  const lang = useLang()
  const id = useId()
  const tone = step.kind === 'go' ? 'green' : step.finding.severity === 'info' ? 'grey' : light
  return (
    <section className={`card next-step next-step-${tone}`} aria-labelledby={id}>
      <h2 id={id}>{t('next.title')}</h2>
      {step.kind === 'go' ? (
        <p className="next-step-text">{t('next.go')}</p>
      ) : (
        <>
          <p className="next-step-text" data-finding={step.finding.id}>
            {step.finding.message[lang]}
          </p>
          <CapabilityTicks finding={step.finding} />
          {step.target ? <TargetButton target={step.target} primary /> : null}
        </>
      )}
    </section>
  )
}
