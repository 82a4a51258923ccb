/** Checklist steps a finding can point at (the troubleshooting flow's sections), one per checklist section. */
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

/** See {@link checklistSteps}; typed so a finding can only point at a step that exists. */
export type ChecklistStep = (typeof checklistSteps)[number]
