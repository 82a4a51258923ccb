import type { FindingId } from './finding-catalogue'
import type { Finding, Severity } from './types'

/** As the light ranks them (`worstLight`): red, the cool-down, unknown, yellow; information last. */
export const severityRank: Readonly<Record<Severity, number>> = {
  red: 0,
  wait: 1,
  grey: 2,
  yellow: 3,
  info: 4,
}

/**
 * What to fix first within one severity, first to last: the network before the card (an exit the
 * merchant does not serve, then fresh evidence, then a profile); a cool-down after repeated
 * declines; a card that cannot pay at all; the country comparisons; the address as typed; routing
 * and the network's kind; stability; and what the user only has to confirm. Every finding is
 * listed once (checked below, at compile time).
 */
const priority = [
  'region-not-served',
  'evidence-failed',
  'evidence-none',
  'evidence-stale',
  'network-country-unknown',
  'profile-unlocking',
  'profile-missing',
  'cooldown-active',
  'card-prepaid',
  'card-expired',
  'network-vs-billing',
  'network-vs-card',
  'ipv6-vs-billing',
  'split-routing-country',
  'country-disputed',
  'card-country-unknown',
  'card-vs-billing',
  'postal-code-format',
  'zip-state-mismatch',
  'state-missing',
  'state-unknown',
  'state-not-code',
  'postal-code-typing',
  'billing-chinese',
  'billing-full-width',
  'billing-spacing',
  'ipv6-country-unknown',
  'ipv6-unverified',
  'sources-disagree',
  'split-routing-ip',
  'split-routing-proxy',
  'merchant-route-unknown',
  'split-routing-unknown',
  'network-relay',
  'network-hosting',
  'exit-changed-recently',
  'exits-unstable',
  'card-expiring',
  'capabilities-unconfirmed',
  'merchant-route-untraced',
  'card-virtual',
  'region-profile-not-served',
  'timezone-vs-network',
  'network-owner-disagree',
] as const satisfies readonly FindingId[]

// Fails to compile when a finding is added to the catalogue but not ranked here.
type Unranked = Exclude<FindingId, (typeof priority)[number]>
const everyFindingRanked: [Unranked] extends [never] ? true : Unranked = true

/** A finding's place in {@link priority}; lower comes first. */
export function findingRank(id: FindingId): number {
  return everyFindingRanked ? (priority as readonly FindingId[]).indexOf(id) : -1
}

/** Findings by severity (grey, red, yellow, info), then by the fixed priority of what to fix first. */
export function orderFindings<F extends Pick<Finding, 'id' | 'severity'>>(
  findings: readonly F[],
): F[] {
  return [...findings].sort(
    (a, b) =>
      severityRank[a.severity] - severityRank[b.severity] || findingRank(a.id) - findingRank(b.id),
  )
}
