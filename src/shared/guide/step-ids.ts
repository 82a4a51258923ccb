/** Steps of the fix flow that a look-up entry or a guide section can send the user to. */
export const guideStepIds = [
  'self-check',
  'card-details',
  'card-type',
  'issuer-settings',
  'card-funds',
  'billing-address',
  'network-region',
  'clear-site-data',
  'cooldown',
] as const

/** One step id; links from errors to fixes are checked against this union at compile time. */
export type GuideStepId = (typeof guideStepIds)[number]

/** Narrows an untrusted string (IPC, saved data) to a step id. */
export function isGuideStepId(value: string): value is GuideStepId {
  return (guideStepIds as readonly string[]).includes(value)
}
