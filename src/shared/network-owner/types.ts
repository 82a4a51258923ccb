/** The network an exit address belongs to: its autonomous system number and the operator's name. */
export interface NetworkOwner {
  readonly asn: number
  readonly org: string
}

/** One IP range of the source data, before it is packed (IPv6 ranges keyed by their /64). */
export interface AsnRange {
  readonly start: bigint
  readonly end: bigint
  readonly asn: number
  readonly org: string
}

/** Relays whose egress ranges are published and matched by prefix (see scripts/network-lists/). */
export const relayIds = [
  'icloud-private-relay',
  'cloudflare-warp',
  'mullvad',
  'pia',
  'protonvpn',
  'tor',
] as const
/** See {@link relayIds}. */
export type RelayId = (typeof relayIds)[number]

/** Whether a string names a known relay (the packed table stores ids as text). */
export function isRelayId(value: string): value is RelayId {
  return (relayIds as readonly string[]).includes(value)
}

/**
 * What the offline data says about an exit: who announces it (null when the data has no owner,
 * e.g. part of WARP's IPv6 range) and the published relay range it falls in, if any.
 */
export interface OfflineNetwork {
  readonly asn: number | null
  readonly org: string | null
  readonly relay?: RelayId
}
