import type { Finding, Severity } from './types'

/** Checklist steps a finding can point at (the troubleshooting flow's sections). */
export const checklistSteps = [
  'card-profile',
  'network-exit',
  'card-status',
  'card-types',
  'billing-address',
  'vpn-region',
  'clear-cache',
  'wait-risk',
  'pre-check',
] as const
/** See {@link checklistSteps}. */
export type ChecklistStep = (typeof checklistSteps)[number]

/** Builds a finding; one shape for every rule so the UI and CLI treat them alike. */
export function finding(
  id: string,
  severity: Severity,
  evidence: Finding['evidence'],
  zh: string,
  en: string,
  step: ChecklistStep | null,
): Finding {
  return { id, severity, evidence, message: { zh, en }, step }
}
