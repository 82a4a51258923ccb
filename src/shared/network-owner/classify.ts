import { knownNetworks, type KnownNetwork, type NetworkKind } from './known-networks'

/** What the classifier knows about an exit: its ASN and name, and the trace's `warp=` field. */
export interface NetworkFacts {
  readonly asn: number | null
  readonly org: string | null
  /** Cloudflare trace `warp=` value (off, on, plus), or null when no trace answered. */
  readonly warp: string | null
}

/** Why a network got its kind, so the window can say it in words. */
export type NetworkReason =
  | 'warp-on'
  | 'known-relay'
  | 'known-hosting'
  | 'known-access'
  | 'hosting-name'
  | 'unlisted'
  | 'no-asn'

/** The kind of network an exit leaves from, with the reason and the curated entry if any. */
export interface NetworkClass {
  readonly kind: NetworkKind
  readonly reason: NetworkReason
  readonly network?: KnownNetwork
}

const byAsn = new Map(knownNetworks.map((n) => [n.asn, n]))

// Operator names that only servers carry; a match is a hint, reported as such.
const hostingName =
  /\b(hosting|data ?cent(er|re)s?|vps|dedicated servers?|colocation|server ?farm)\b/i

/**
 * Classifies an exit network. Cloudflare's own `warp=on|plus` is direct evidence of a relay;
 * curated lists come next; a hosting word in the operator name is a weaker hint; anything else
 * stays unknown rather than being guessed as a home connection.
 */
export function classifyNetwork(facts: NetworkFacts): NetworkClass {
  if (facts.warp === 'on' || facts.warp === 'plus')
    return { kind: 'vpn-or-relay', reason: 'warp-on' }
  if (facts.asn === null || !Number.isInteger(facts.asn) || facts.asn <= 0)
    return { kind: 'unknown', reason: 'no-asn' }
  const network = byAsn.get(facts.asn)
  if (network) {
    const reason =
      network.kind === 'hosting'
        ? 'known-hosting'
        : network.kind === 'access'
          ? 'known-access'
          : 'known-relay'
    return { kind: network.kind, reason, network }
  }
  if (facts.org && hostingName.test(facts.org)) return { kind: 'hosting', reason: 'hosting-name' }
  return { kind: 'unknown', reason: 'unlisted' }
}
