import type { ChecklistStep } from './step-ids'
import { checklist } from './steps'

/**
 * The number the user sees for a step: its place in the flow (1…N), never the source guide's
 * section numbers, so a step keeps a plain number wherever it is mentioned.
 */
export function stepNumber(step: ChecklistStep): number {
  return checklist.findIndex((s) => s.id === step) + 1
}

/** The element id of a step in the checklist page, shared by links, anchors and tests. */
export function stepAnchor(step: ChecklistStep): string {
  return `step-${step}`
}
