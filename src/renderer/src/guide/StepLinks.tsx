import type { ChecklistStep } from '../../../shared/checklist/step-ids'
import { stepNumber } from '../../../shared/checklist/numbering'
import { useT } from '../use-t'
import { useStepNavigation } from './step-navigation'

/** Buttons that open the checklist at each step, named "Step N: title" as the checklist numbers them. */
export function StepLinks({ steps, label }: { steps: readonly ChecklistStep[]; label: string }) {
  const t = useT()
  const openStep = useStepNavigation((s) => s.openStep)
  if (steps.length === 0) return null
  return (
    <nav className="guide-steps" aria-label={label}>
      <span className="muted">{label}</span>
      <ul>
        {steps.map((step) => (
          <li key={step}>
            <button type="button" className="link-button" onClick={() => openStep(step)}>
              {t('guidePage.openStep', {
                number: t('checklist.number', { n: stepNumber(step) }),
                title: { message: `step.${step}` },
              })}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
