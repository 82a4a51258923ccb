import type { AsnRange } from './types'

/** File signature of the packed ASN table ("PLASN" + format version 2: owners, then relay ranges). */
export const asnTableMagic = [0x50, 0x4c, 0x41, 0x53, 0x4e, 0x02, 0x00, 0x00] as const

/** Rows of one family: the first key of each row and its record number (0 = no data). */
interface Rows {
  readonly keys: bigint[]
  readonly values: number[]
}

/**
 * Turns inclusive ranges into sorted row starts: a gap gets a row of its own with record 0, and
 * neighbours with the same owner merge. IPv6 is keyed by its /64 (`shift` 64): the few ranges
 * smaller than a /64 in the data (name-server anycast) keep the owner of the first one.
 */
function toRows(ranges: readonly AsnRange[], shift: bigint, recordOf: (r: AsnRange) => number) {
  const rows: Rows = { keys: [], values: [] }
  let nextFree = -1n
  const push = (key: bigint, value: number) => {
    const last = rows.keys.length - 1
    if (last >= 0 && rows.keys[last] === key) return
    if (last >= 0 && rows.values[last] === value) return
    rows.keys.push(key)
    rows.values.push(value)
  }
  for (const range of [...ranges].sort((a, b) => (a.start < b.start ? -1 : 1))) {
    const start = range.start >> shift
    const end = range.end >> shift
    if (end < nextFree) continue
    if (start > nextFree && nextFree >= 0n) push(nextFree, 0)
    push(start > nextFree ? start : nextFree, recordOf(range))
    nextFree = end + 1n
  }
  if (nextFree >= 0n) push(nextFree, 0)
  return rows
}

/** Published relay egress ranges to pack beside the owners; `org` holds the relay's id, `asn` 0. */
export interface RelayRanges {
  readonly v4: readonly AsnRange[]
  readonly v6: readonly AsnRange[]
}

/**
 * Packs the ranges of both families into the compact table the app ships (little-endian), with the
 * relay egress ranges as a second pair of row sets that share the record list.
 */
export function encodeAsnTable(
  v4: readonly AsnRange[],
  v6: readonly AsnRange[],
  relays: RelayRanges = { v4: [], v6: [] },
): Uint8Array {
  const records = new Map<string, number>()
  const asns: number[] = []
  const orgs: string[] = []
  const recordOf = (r: AsnRange) => {
    const id = `${r.asn}\u0000${r.org}`
    let n = records.get(id)
    if (n === undefined) {
      asns.push(r.asn)
      orgs.push(r.org)
      n = asns.length
      records.set(id, n)
    }
    return n
  }
  const rows4 = toRows(v4, 0n, recordOf)
  const rows6 = toRows(v6, 64n, recordOf)
  const relay4 = toRows(relays.v4, 0n, recordOf)
  const relay6 = toRows(relays.v6, 64n, recordOf)
  const orgBytes = new TextEncoder().encode(orgs.join(''))
  const [n4, n6, r4, r6] = [rows4, rows6, relay4, relay6].map((r) => r.keys.length) as [
    number,
    number,
    number,
    number,
  ]
  const words = 8 + (n4 + r4) * 2 + (n6 + r6) * 3 + asns.length * 2 + Math.ceil(orgBytes.length / 4)
  const out = new Uint8Array(words * 4)
  const view = new DataView(out.buffer)
  out.set(asnTableMagic)
  const header = [n4, n6, asns.length, orgBytes.length, r4, r6]
  let at = 8
  const put = (value: number) => {
    view.setUint32(at, value, true)
    at += 4
  }
  header.forEach(put)
  for (const rows of [rows4, relay4]) {
    rows.keys.forEach((k) => put(Number(k & 0xffffffffn)))
    rows.values.forEach(put)
  }
  for (const rows of [rows6, relay6]) {
    rows.keys.forEach((k) => put(Number((k >> 32n) & 0xffffffffn)))
    rows.keys.forEach((k) => put(Number(k & 0xffffffffn)))
    rows.values.forEach(put)
  }
  asns.forEach(put)
  let end = 0
  for (const org of orgs) put((end += new TextEncoder().encode(org).length))
  out.set(orgBytes, at)
  return out
}
