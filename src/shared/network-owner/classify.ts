import { knownNetworks, type KnownNetwork, type NetworkKind } from './known-networks'
import { soundsLikeHosting } from './name-rules'
import {
  hostingNameExceptions,
  listedHostingAsns,
  listedVpnAsns,
  operatorHostingAsns,
  operatorRelayAsns,
  torExitAsns,
  torRelayAsns,
} from './network-kinds.generated'
import type { RelayId } from './types'

/** What the classifier knows about an exit: its ASN and name, the trace's `warp=`, its relay range. */
export interface NetworkFacts {
  readonly asn: number | null
  readonly org: string | null
  /** Cloudflare trace `warp=` value (off, on, plus), or null when no trace answered. */
  readonly warp: string | null
  /** The published relay egress range the address falls in (matched by prefix), if any. */
  readonly relay?: RelayId | null
}

/** Why a network got its kind, so the window can say it in words. */
export type NetworkReason =
  | 'warp-on'
  | 'relay-range'
  | 'known-relay'
  | 'known-hosting'
  | 'known-access'
  | 'listed-vpn'
  | 'listed-hosting'
  | 'operator-relay'
  | 'operator-hosting'
  | 'tor-exits'
  | 'tor-relays'
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
const asnSet = (list: string): ReadonlySet<number> =>
  new Set(list.split(' ').filter(Boolean).map(Number))
// The licensed list (X4BNet/lists_vpn, reviewed), the other ASNs and sibling entities of its
// operators, and the networks dense with Tor exits or relays.
const listed: readonly (readonly [ReadonlySet<number>, NetworkKind, NetworkReason])[] = [
  [asnSet(listedVpnAsns), 'vpn-or-relay', 'listed-vpn'],
  [asnSet(listedHostingAsns), 'hosting', 'listed-hosting'],
  [asnSet(operatorRelayAsns), 'vpn-or-relay', 'operator-relay'],
  [asnSet(operatorHostingAsns), 'hosting', 'operator-hosting'],
  [asnSet(torExitAsns), 'vpn-or-relay', 'tor-exits'],
  [asnSet(torRelayAsns), 'hosting', 'tor-relays'],
]
const nameExceptions = asnSet(hostingNameExceptions)

const curatedReason = {
  hosting: 'known-hosting',
  access: 'known-access',
  'vpn-or-relay': 'known-relay',
} as const satisfies Record<KnownNetwork['kind'], NetworkReason>

/**
 * Classifies an exit network. Cloudflare's own `warp=on|plus` and a published relay egress range
 * are direct evidence of a relay; the curated list comes next (its home ISPs are never overruled),
 * then the licensed hosting/VPN list, its operators' other ASNs and sibling entities and the Tor
 * networks; a hosting word in the operator name is a weaker hint; anything else stays unknown
 * rather than being guessed as a home line.
 */
export function classifyNetwork(facts: NetworkFacts): NetworkClass {
  if (facts.warp === 'on' || facts.warp === 'plus')
    return { kind: 'vpn-or-relay', reason: 'warp-on' }
  if (facts.relay) return { kind: 'vpn-or-relay', reason: 'relay-range' }
  if (facts.asn === null || !Number.isInteger(facts.asn) || facts.asn <= 0)
    return { kind: 'unknown', reason: 'no-asn' }
  const network = byAsn.get(facts.asn)
  if (network) return { kind: network.kind, reason: curatedReason[network.kind], network }
  for (const [asns, kind, reason] of listed) if (asns.has(facts.asn)) return { kind, reason }
  if (facts.org && !nameExceptions.has(facts.asn) && soundsLikeHosting(facts.org))
    return { kind: 'hosting', reason: 'hosting-name' }
  return { kind: 'unknown', reason: 'unlisted' }
}
