import type { ChecklistStep } from '../checklist/step-ids'

/**
 * How much a finding matters: red, wait (a running cool-down) and yellow set the light, grey blanks
 * it unless something red or a cool-down is known, info never changes it.
 */
export type Severity = 'red' | 'wait' | 'yellow' | 'grey' | 'info'

/**
 * What the catalogue says about one finding: the severities it may take and its fix. When it fires
 * is said in `finding-descriptions.ts`, apart, so the window's bundle does not carry the
 * documentation's words.
 */
export interface FindingSpec {
  readonly severities: readonly Severity[]
  readonly step: ChecklistStep | null
}

/**
 * Every finding the verdict can raise, in the order docs/findings.md lists them. Ids are matched
 * by type (`FindingId`), so a rule cannot raise an undocumented finding or point it at a missing
 * step, and the documentation is generated from this table (with `finding-descriptions.ts`).
 */
export const findingCatalogue = {
  'profile-missing': {
    severities: ['grey'],
    step: 'card-profile',
  },
  'profile-unlocking': {
    severities: ['grey'],
    step: 'card-profile',
  },
  'evidence-none': {
    severities: ['grey'],
    step: 'network-exit',
  },
  'evidence-failed': {
    severities: ['grey'],
    step: 'network-exit',
  },
  'evidence-stale': {
    severities: ['grey'],
    step: 'network-exit',
  },
  'network-country-unknown': {
    severities: ['grey'],
    step: 'network-exit',
  },
  'network-vs-billing': {
    severities: ['red'],
    step: 'vpn-region',
  },
  'network-vs-card': {
    severities: ['red', 'yellow'],
    step: 'vpn-region',
  },
  'ipv6-vs-billing': {
    severities: ['red'],
    step: 'vpn-region',
  },
  'ipv6-country-unknown': {
    severities: ['yellow'],
    step: 'vpn-region',
  },
  'country-disputed': {
    severities: ['yellow'],
    step: 'vpn-region',
  },
  'split-routing-country': {
    severities: ['red'],
    step: 'vpn-region',
  },
  'split-routing-ip': {
    severities: ['yellow'],
    step: 'vpn-region',
  },
  'split-routing-proxy': {
    severities: ['yellow'],
    step: 'vpn-region',
  },
  'merchant-route-unknown': {
    severities: ['yellow'],
    step: 'network-exit',
  },
  'merchant-route-untraced': {
    severities: ['yellow'],
    step: 'network-exit',
  },
  'split-routing-unknown': {
    severities: ['yellow'],
    step: 'network-exit',
  },
  'ipv6-unverified': {
    severities: ['yellow'],
    step: 'vpn-region',
  },
  'sources-disagree': {
    severities: ['yellow'],
    step: 'vpn-region',
  },
  'exit-changed-recently': {
    severities: ['yellow'],
    step: 'vpn-region',
  },
  'cooldown-active': {
    severities: ['wait'],
    step: 'wait-risk',
  },
  'exits-unstable': {
    severities: ['info'],
    step: 'vpn-region',
  },
  'timezone-vs-network': {
    severities: ['info'],
    step: null,
  },
  'region-not-served': {
    severities: ['red'],
    step: 'vpn-region',
  },
  'region-profile-not-served': {
    severities: ['info'],
    step: null,
  },
  'network-hosting': {
    severities: ['yellow'],
    step: 'vpn-region',
  },
  'network-relay': {
    severities: ['yellow'],
    step: 'vpn-region',
  },
  'network-owner-disagree': {
    severities: ['info'],
    step: null,
  },
  'card-country-unknown': {
    severities: ['yellow'],
    step: 'card-profile',
  },
  'card-vs-billing': {
    severities: ['yellow'],
    step: 'billing-address',
  },
  'card-prepaid': {
    severities: ['red'],
    step: 'card-types',
  },
  'card-virtual': {
    severities: ['info'],
    step: 'card-status',
  },
  'card-expired': {
    severities: ['red'],
    step: 'card-status',
  },
  'card-expiring': {
    severities: ['yellow'],
    step: 'card-status',
  },
  'capabilities-unconfirmed': {
    severities: ['yellow'],
    step: 'card-status',
  },
  'postal-code-format': {
    severities: ['red', 'yellow'],
    step: 'billing-address',
  },
  'postal-code-typing': {
    severities: ['yellow'],
    step: 'billing-address',
  },
  'zip-state-mismatch': {
    severities: ['red', 'yellow'],
    step: 'billing-address',
  },
  'state-missing': {
    severities: ['yellow'],
    step: 'billing-address',
  },
  'state-unknown': {
    severities: ['yellow'],
    step: 'billing-address',
  },
  'state-not-code': {
    severities: ['yellow'],
    step: 'billing-address',
  },
  'billing-chinese': {
    severities: ['yellow'],
    step: 'billing-address',
  },
  'billing-full-width': {
    severities: ['yellow'],
    step: 'billing-address',
  },
  'billing-spacing': {
    severities: ['yellow'],
    step: 'billing-address',
  },
} as const satisfies Readonly<Record<string, FindingSpec>>

/** See {@link findingCatalogue}. */
export type FindingId = keyof typeof findingCatalogue

/** Every finding id, in catalogue order. */
export const findingIds = Object.keys(findingCatalogue) as readonly FindingId[]

/** The severities a finding may take, so a rule cannot raise it at another one. */
export type SeverityOf<Id extends FindingId> = (typeof findingCatalogue)[Id]['severities'][number]
