import type { ChecklistStep } from '../../../shared/checklist/step-ids'
import { followTarget } from '../next-target'

/**
 * Opens the checklist at `step` (a look-up answer, a guide section, a finding's fix): the same
 * in-window navigation as the next step's button, so the tab follows and the step takes focus.
 */
export function openStep(step: ChecklistStep): void {
  followTarget({ kind: 'step', step })
}
