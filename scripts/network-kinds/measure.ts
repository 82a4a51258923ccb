// Measures the network kinds on the samples: how much of each sample network's address space the
// classifier with the shipped asn.bin calls hosting, VPN or relay, read through the packed table
// itself (so IPv6 holes the table fills, or fails to, count). Used by npm run known-networks.
import type { AsnTable } from '../../src/shared/network-owner/asn-table'
import { lookupRelay, ownerAt } from '../../src/shared/network-owner/asn-table'
import { classifyNetwork } from '../../src/shared/network-owner/classify'
import type { AsnRange } from '../../src/shared/network-owner/types'
import type { AsnRow } from './asn-data'
import type { SampleNetwork } from './samples'
import { ipText } from './sampling'

/** Address space of one network: IPv4 addresses and IPv6 /64s, and how much of it was flagged. */
export interface Coverage {
  readonly operator: string
  v4: number
  v4Flagged: number
  v6: number
  v6Flagged: number
}

/** The size of a row in the unit counted: addresses for IPv4, /64s for IPv6. */
const size = (row: { start: bigint; end: bigint }, family: 4 | 6) =>
  Number(family === 4 ? row.end - row.start + 1n : ((row.end - row.start) >> 64n) + 1n)

/** Total overlap of a row with sorted, merged relay ranges. */
function relayOverlap(row: AsnRow, relays: readonly AsnRange[], family: 4 | 6): number {
  let low = 0
  let high = relays.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if ((relays[mid]?.end ?? 0n) < row.start) low = mid + 1
    else high = mid
  }
  let total = 0
  for (let i = low; i < relays.length; i++) {
    const r = relays[i]
    if (!r || r.start > row.end) break
    const start = r.start > row.start ? r.start : row.start
    const end = r.end < row.end ? r.end : row.end
    total += size({ start, end }, family)
  }
  return total
}

/** Sorts and merges ranges so overlaps are counted once. */
export function mergeRanges(ranges: readonly AsnRange[]): AsnRange[] {
  const out: AsnRange[] = []
  for (const r of [...ranges].sort((a, b) => (a.start < b.start ? -1 : 1))) {
    const last = out[out.length - 1]
    if (last && r.start <= last.end + 1n) {
      if (r.end > last.end) out[out.length - 1] = { ...last, end: r.end }
    } else out.push(r)
  }
  return out
}

/** Whether the classifier flags a row's network (hosting, VPN or relay) from its ASN and name. */
export function flagsAsn(asn: number, org: string): boolean {
  const kind = classifyNetwork({ asn, org, warp: null }).kind
  return kind === 'hosting' || kind === 'vpn-or-relay'
}

/** A network's address space in one family: its rows, and for IPv6 the holes beside them. */
export interface SampleSpace {
  readonly 4: readonly { start: bigint; end: bigint }[]
  readonly 6: readonly { start: bigint; end: bigint }[]
}

/**
 * The space a sample network announces: its rows in the ASN data, and for IPv6 also every hole
 * (announced in the routing data, no row) in the /32s where it has rows — the holes are counted
 * as its own, flagged only when the packed table flags them. So IPv6 recall is measured over what
 * the network announces, not only over what the ASN data already knows. Its saved registry
 * allocations (allocations.ts) count whole, announced or not: the data may have no row in them.
 */
export function sampleSpace(
  network: SampleNetwork,
  rows: { readonly 4: readonly AsnRow[]; readonly 6: readonly AsnRow[] },
  holesByBlock: ReadonlyMap<bigint, readonly { start: bigint; end: bigint }[]>,
  allocations: readonly AsnRow[],
): SampleSpace {
  const asns = new Set(network.asns)
  const own6 = [...rows[6], ...allocations].filter((r) => asns.has(r.asn))
  const blocks = new Set<bigint>()
  for (const r of own6)
    if ((r.end >> 96n) - (r.start >> 96n) <= 4096n)
      for (let b = r.start >> 96n; b <= r.end >> 96n; b++) blocks.add(b)
  const holes = [...blocks].flatMap((b) => holesByBlock.get(b) ?? [])
  return { 4: rows[4].filter((r) => asns.has(r.asn)), 6: [...own6, ...holes] }
}

/** The packed table's rows of one family as [start, end, record] in address order. */
function* tableRows(table: AsnTable, family: 4 | 6, from: bigint, to: bigint) {
  const n = family === 4 ? table.v4Keys.length : table.v6Hi.length
  const keyAt = (i: number): bigint =>
    family === 4
      ? BigInt(table.v4Keys[i] ?? 0)
      : (BigInt(table.v6Hi[i] ?? 0) << 96n) | (BigInt(table.v6Lo[i] ?? 0) << 64n)
  const top = family === 4 ? (1n << 32n) - 1n : (1n << 128n) - 1n
  let low = 0
  let high = n
  while (low < high) {
    const mid = (low + high) >>> 1
    if (keyAt(mid) > from) high = mid
    else low = mid + 1
  }
  for (let i = Math.max(0, low - 1); i < n; i++) {
    const start = keyAt(i)
    if (start > to) break
    const end = i + 1 < n ? keyAt(i + 1) - 1n : top
    const record = (family === 4 ? table.v4Values[i] : table.v6Values[i]) ?? 0
    yield { start: start > from ? start : from, end: end < to ? end : to, record }
  }
}

/** Coverage of every sample network as the packed table answers it, relay ranges included. */
export function measure(
  sample: readonly SampleNetwork[],
  table: AsnTable,
  spaces: readonly SampleSpace[],
  relays: { readonly 4: readonly AsnRange[]; readonly 6: readonly AsnRange[] },
): Coverage[] {
  const flaggedRecord = new Map<number, boolean>()
  const isFlagged = (record: number) => {
    let flagged = flaggedRecord.get(record)
    if (flagged === undefined) {
      const owner = ownerAt(table, record)
      flagged = owner !== null && flagsAsn(owner.asn, owner.org)
      flaggedRecord.set(record, flagged)
    }
    return flagged
  }
  return sample.map((network, i) => {
    const c: Coverage = { operator: network.operator, v4: 0, v4Flagged: 0, v6: 0, v6Flagged: 0 }
    for (const family of [4, 6] as const)
      for (const span of mergeSpans(spaces[i]?.[family] ?? []))
        for (const part of tableRows(table, family, span.start, span.end)) {
          const n = size(part, family)
          const row = { ...part, asn: 0, org: '' }
          const flagged = isFlagged(part.record) ? n : relayOverlap(row, relays[family], family)
          if (family === 4) {
            c.v4 += n
            c.v4Flagged += flagged
          } else {
            c.v6 += n
            c.v6Flagged += flagged
          }
        }
    return c
  })
}

/** Sorted, merged spans, so space counted twice (a row and a hole touching it) is counted once. */
function mergeSpans(spans: readonly { start: bigint; end: bigint }[]) {
  return mergeRanges(spans.map((s) => ({ ...s, asn: 0, org: '' })))
}

/** Share of a relay's published ranges the packed table matches by prefix (IPv4 addresses, IPv6 /64s). */
export function relayRecall(
  table: AsnTable,
  ranges: readonly AsnRange[],
  family: 4 | 6,
  relay: string,
) {
  let total = 0
  let matched = 0
  for (const r of ranges) {
    if (r.org !== relay) continue
    const n = size(r, family)
    total += n
    const probes = [r.start, r.end, r.start + (r.end - r.start) / 2n]
    if (probes.every((p) => lookupRelay(table, ipText(p, family)) === relay)) matched += n
  }
  return { total, matched }
}
