import { stepNumber } from '../../../shared/checklist/numbering'
import type { ChecklistStep } from '../../../shared/checklist/step-ids'
import { useT } from '../use-t'
import { openStep } from './step-navigation'

/**
 * "Step N: title", opening the checklist at that step: for look-up answers, guide sections and a
 * finding's fix (`<StepButton step={stepOfFinding(finding.id)} />`).
 */
export function StepButton({ step }: { step: ChecklistStep }) {
  const t = useT()
  return (
    <button type="button" className="link-button" onClick={() => openStep(step)}>
      {t('guidePage.openStep', {
        number: t('checklist.number', { n: stepNumber(step) }),
        title: { message: `step.${step}` },
      })}
    </button>
  )
}
