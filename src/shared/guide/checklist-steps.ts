import { stepNumber } from '../checklist/numbering'
import type { ChecklistStep } from '../checklist/step-ids'
import type { GuideStepId } from './step-ids'

/**
 * The checklist step where each fix of the guide is done, so a look-up answer or a guide section
 * opens the checklist at the right place (several fixes share one checklist step).
 */
export const checklistStepOf: Readonly<Record<GuideStepId, ChecklistStep>> = {
  'self-check': 'pre-check',
  'card-details': 'card-status',
  'card-type': 'card-types',
  'issuer-settings': 'card-status',
  'card-funds': 'card-status',
  'billing-address': 'billing-address',
  'network-region': 'vpn-region',
  'clear-site-data': 'clear-cache',
  cooldown: 'wait-risk',
}

/** The checklist steps behind a list of guide steps, each once, in the order the user numbers them. */
export function checklistStepsFor(steps: readonly GuideStepId[]): readonly ChecklistStep[] {
  const wanted = new Set(steps.map((step) => checklistStepOf[step]))
  return [...wanted].sort((a, b) => stepNumber(a) - stepNumber(b))
}
