import type { ChecklistStep } from '../../../shared/checklist/step-ids'
import { StepButton } from './StepButton'

/** The checklist steps a section or an answer sends the user to, each a button that opens it. */
export function StepLinks({ steps, label }: { steps: readonly ChecklistStep[]; label: string }) {
  if (steps.length === 0) return null
  return (
    <nav className="guide-steps" aria-label={label}>
      <span className="muted">{label}</span>
      <ul>
        {steps.map((step) => (
          <li key={step}>
            <StepButton step={step} />
          </li>
        ))}
      </ul>
    </nav>
  )
}
