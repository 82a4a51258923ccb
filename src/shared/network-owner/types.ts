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
