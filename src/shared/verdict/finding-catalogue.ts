import type { ChecklistStep } from '../checklist/step-ids'
import type { Severity } from './types'

/** What the catalogue says about one finding: the severities it may take, its fix, when it fires. */
export interface FindingSpec {
  readonly severities: readonly Severity[]
  readonly step: ChecklistStep | null
  /** When the finding is raised, in the words of docs/findings.md (generated from here). */
  readonly when: string
  /** How the severity column reads when it is not a single severity. */
  readonly severityNote?: string
}

/**
 * Every finding the verdict can raise, in the order docs/findings.md lists them. Ids are matched
 * by type (`FindingId`), so a rule cannot raise an undocumented finding or point it at a missing
 * step, and the documentation is generated from this table.
 */
export const findingCatalogue = {
  'profile-missing': {
    severities: ['grey'],
    step: 'card-profile',
    when: 'no card profile',
  },
  'evidence-none': {
    severities: ['grey'],
    step: 'network-exit',
    when: 'no check has finished yet',
  },
  'evidence-failed': {
    severities: ['grey'],
    step: 'network-exit',
    when: 'the last check failed, or observed no exit at all',
  },
  'evidence-stale': {
    severities: ['grey'],
    step: 'network-exit',
    when: 'evidence older than twice the interval, or from before a sleep',
  },
  'network-country-unknown': {
    severities: ['yellow'],
    step: 'network-exit',
    when: "the payment exit's country is unknown",
  },
  'network-vs-billing': {
    severities: ['red'],
    step: 'vpn-region',
    when: 'payment-exit country ≠ billing country',
  },
  'network-vs-card': {
    severities: ['red', 'yellow'],
    step: 'vpn-region',
    when: 'payment-exit country ≠ card issuing country',
    severityNote: 'red (yellow when both are in the EEA)',
  },
  'ipv6-vs-billing': {
    severities: ['red'],
    step: 'vpn-region',
    when: 'an IPv6 exit exists and its country ≠ billing country',
  },
  'ipv6-country-unknown': {
    severities: ['yellow'],
    step: 'vpn-region',
    when: 'an IPv6 exit exists but its country is unknown',
  },
  'split-routing-country': {
    severities: ['red'],
    step: 'vpn-region',
    when: 'merchant route and generic route of the same family leave in different countries',
  },
  'split-routing-ip': {
    severities: ['yellow'],
    step: 'vpn-region',
    when: 'same, different IPs but the same country',
  },
  'split-routing-proxy': {
    severities: ['yellow'],
    step: 'vpn-region',
    when: 'the system proxy (PAC/rules) routes `pay.openai.com`, `js.stripe.com` or `api.stripe.com` differently from `chatgpt.com`',
  },
  'merchant-route-unknown': {
    severities: ['yellow'],
    step: 'network-exit',
    when: "the merchant's own traces failed: the comparisons ran on the generic exits",
  },
  'split-routing-unknown': {
    severities: ['yellow'],
    step: 'network-exit',
    when: 'the merchant route was seen but no generic exit of its IP family, so split routing could not be checked',
  },
  'ipv6-unverified': {
    severities: ['yellow'],
    step: 'vpn-region',
    when: 'no IPv6 exit was read although an IPv6-only source answered (badly): IPv6 works, its exit is unknown. Time-outs and network errors on IPv6 mean "no IPv6" and raise nothing',
  },
  'sources-disagree': {
    severities: ['yellow'],
    step: 'vpn-region',
    when: "witnesses disagree about an exit's country",
  },
  'exit-changed-recently': {
    severities: ['yellow'],
    step: 'wait-risk',
    when: "the payment exit's IP changed less than 10 minutes ago",
  },
  'cooldown-active': {
    severities: ['yellow'],
    step: 'wait-risk',
    when: 'a cool-down is running: enough declines within the window (by default 3 within 24 h) and the wait after the last one (24 h) is not over',
  },
  'exits-unstable': {
    severities: ['info'],
    step: 'vpn-region',
    when: 'the exits changed 3 or more times in the last 24 hours (from the history)',
  },
  'timezone-vs-network': {
    severities: ['info'],
    step: null,
    when: "the system time zone's country ≠ payment-exit country",
  },
  'card-country-unknown': {
    severities: ['yellow'],
    step: 'card-profile',
    when: 'no issuing country in the profile',
  },
  'card-vs-billing': {
    severities: ['yellow'],
    step: 'billing-address',
    when: "issuing country ≠ billing country (legitimate for some cards; a problem if the address is not the issuer's)",
  },
  'card-prepaid': {
    severities: ['red'],
    step: 'card-types',
    when: 'funding type is prepaid: OpenAI does not accept prepaid or gift cards',
  },
  'card-expired': {
    severities: ['red'],
    step: 'card-status',
    when: 'the expiry month has passed',
  },
  'card-expiring': {
    severities: ['yellow'],
    step: 'card-status',
    when: 'expires within 30 days',
  },
  'capability-usd': {
    severities: ['yellow'],
    step: 'card-status',
    when: 'paying in USD declared as not confirmed (`false`); left out or `null` raises nothing',
  },
  'capability-international': {
    severities: ['yellow'],
    step: 'card-status',
    when: 'international online payments declared as not confirmed (`false`); left out or `null` raises nothing',
  },
  'capability-recurring': {
    severities: ['yellow'],
    step: 'card-status',
    when: 'recurring (subscription) charges declared as not confirmed (`false`); left out or `null` raises nothing',
  },
  'capability-headroom': {
    severities: ['yellow'],
    step: 'card-status',
    when: '$5 of headroom declared as not confirmed (`false`); left out or `null` raises nothing',
  },
  'postal-code-format': {
    severities: ['red'],
    step: 'billing-address',
    when: "postal code does not fit the billing country's format (`postcode-validator`)",
  },
  'zip-state-mismatch': {
    severities: ['red'],
    step: 'billing-address',
    when: 'a US ZIP (or Canadian postal code) that does not belong to the state (province)',
  },
  'state-missing': {
    severities: ['yellow'],
    step: 'billing-address',
    when: 'US/CA address without a state/province',
  },
  'state-unknown': {
    severities: ['yellow'],
    step: 'billing-address',
    when: 'US/CA state that is neither a code nor a known name',
  },
  'state-not-code': {
    severities: ['yellow'],
    step: 'billing-address',
    when: 'a state name typed where the code belongs (`California` → `CA`)',
  },
  'billing-chinese': {
    severities: ['yellow'],
    step: 'billing-address',
    when: 'Chinese characters in a billing field',
  },
  'billing-full-width': {
    severities: ['yellow'],
    step: 'billing-address',
    when: 'full-width characters from a Chinese input method',
  },
  'billing-spacing': {
    severities: ['yellow'],
    step: 'billing-address',
    when: 'leading, trailing or double spaces',
  },
} as const satisfies Readonly<Record<string, FindingSpec>>

/** See {@link findingCatalogue}. */
export type FindingId = keyof typeof findingCatalogue

/** Every finding id, in catalogue order. */
export const findingIds = Object.keys(findingCatalogue) as readonly FindingId[]

/** The severities a finding may take, so a rule cannot raise it at another one. */
export type SeverityOf<Id extends FindingId> = (typeof findingCatalogue)[Id]['severities'][number]
