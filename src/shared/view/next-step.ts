import type { ChecklistStep } from '../checklist/step-ids'
import type { MessageKey } from '../i18n/translate'
import type { FindingId } from '../verdict/finding-catalogue'
import { orderFindings } from '../verdict/next-step-priority'
import type { Finding, Verdict } from '../verdict/types'

export { orderFindings } from '../verdict/next-step-priority'

/** Profile form fields a next step can lead to; the form focuses the one named. */
export const focusFields = [
  'card.bin',
  'card.issuingCountry',
  'card.expiryMonth',
  'capabilities',
  'billing.country',
  'billing.state',
  'billing.postalCode',
  'billing.city',
  'billing.line1',
  'billing.line2',
] as const
/** See {@link focusFields}. */
export type FocusField = (typeof focusFields)[number]

/** The label of each field, so the button names where it leads ("去填写：邮编"). */
export const focusFieldLabel = {
  'card.bin': 'profile.field.card.bin',
  'card.issuingCountry': 'profile.field.card.issuingCountry',
  'card.expiryMonth': 'profile.field.card.expiryMonth',
  capabilities: 'profile.capabilities',
  'billing.country': 'profile.field.billing.country',
  'billing.state': 'profile.field.billing.state',
  'billing.postalCode': 'profile.field.billing.postalCode',
  'billing.city': 'profile.field.billing.city',
  'billing.line1': 'profile.field.billing.line1',
  'billing.line2': 'billing.line2',
} as const satisfies Record<FocusField, MessageKey>

/** Where the next step's button leads: a profile field, a checklist step, or a new check. */
export type NextTarget =
  | { readonly kind: 'field'; readonly field: FocusField }
  | { readonly kind: 'step'; readonly step: ChecklistStep }
  | { readonly kind: 'check-now' }

/**
 * The one thing to do now: fix the most important finding (with where to do it), or — on green —
 * keep the exit and pay. Nothing is a step when there is no finding with a place to fix it.
 */
export type NextStep =
  | {
      readonly kind: 'fix'
      readonly finding: Finding
      readonly target: NextTarget | null
      /** A fix made outside PayLight (the proxy client, IPv6): a new check shows it worked. */
      readonly recheck: boolean
    }
  | { readonly kind: 'go' }

// Findings fixed in one profile field; the address text findings name their fields in evidence.
const fieldOf: Partial<Record<FindingId, FocusField>> = {
  'profile-missing': 'card.bin',
  'card-country-unknown': 'card.issuingCountry',
  'card-vs-billing': 'billing.country',
  'capabilities-unconfirmed': 'capabilities',
  'postal-code-format': 'billing.postalCode',
  'zip-state-mismatch': 'billing.postalCode',
  'state-missing': 'billing.state',
  'state-unknown': 'billing.state',
  'state-not-code': 'billing.state',
}
const textFindings: ReadonlySet<FindingId> = new Set([
  'billing-chinese',
  'billing-full-width',
  'billing-spacing',
])
// No evidence yet, or evidence gone old: the fix is simply to look again.
const recheck: ReadonlySet<FindingId> = new Set(['evidence-none', 'evidence-stale'])
// Fixed in the proxy client or the system: the step says how, a new check says whether it worked.
const fixedOutside: ReadonlySet<FindingId> = new Set([
  'evidence-failed',
  'region-not-served',
  'ipv6-vs-billing',
  'ipv6-country-unknown',
  'ipv6-unverified',
  'network-vs-billing',
  'network-vs-card',
  'split-routing-country',
  'country-disputed',
])

/**
 * Nothing to fix, only a time or an answer to wait for: a settling exit counts down; the keychain
 * asks for the card profile. No button leads anywhere.
 */
const waitsOnly = (finding: Finding) =>
  finding.id === 'profile-unlocking' ||
  (finding.id === 'exit-changed-recently' && finding.evidence['settling'] !== undefined)

/** The first billing field a text finding names (`evidence.fields` = "city,line1"). */
function firstTextField(finding: Finding): FocusField | null {
  const fields = String(finding.evidence['fields'] ?? '').split(',')
  const named = fields.map((f) => `billing.${f}`).find((f) => focusFields.some((k) => k === f))
  return (named as FocusField | undefined) ?? null
}

/** Where a finding is fixed: its field, else a new check, else its checklist step. */
export function targetOf(finding: Finding): NextTarget | null {
  if (waitsOnly(finding)) return null
  const field = textFindings.has(finding.id) ? firstTextField(finding) : fieldOf[finding.id]
  if (field) return { kind: 'field', field }
  if (recheck.has(finding.id)) return { kind: 'check-now' }
  return finding.step ? { kind: 'step', step: finding.step } : null
}

/**
 * The status page's first card: the most important finding that sets the light, or "go" on green.
 * Information never becomes the next step; it follows among the rest.
 */
export function nextStep(verdict: Pick<Verdict, 'light' | 'findings'>): NextStep {
  if (verdict.light === 'green') return { kind: 'go' }
  const first = orderFindings(verdict.findings).find((f) => f.severity !== 'info')
  return first
    ? { kind: 'fix', finding: first, target: targetOf(first), recheck: fixedOutside.has(first.id) }
    : { kind: 'go' }
}

/** The findings after the next step, worst first: what the page lists under the card. */
export function remainingFindings(
  verdict: Pick<Verdict, 'light' | 'findings'>,
): readonly Finding[] {
  const step = nextStep(verdict)
  const ordered = orderFindings(verdict.findings)
  return step.kind === 'fix' ? ordered.filter((f) => f !== step.finding) : ordered
}
