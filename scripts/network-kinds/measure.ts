// Measures the network kinds on the samples: how much of each sample network's address space the
// classifier (with the shipped asn.bin) calls hosting, VPN or relay. Used by npm run known-networks
// and by the real-data regression set.
import type { AsnTable } from '../../src/shared/network-owner/asn-table'
import { lookupRelay } from '../../src/shared/network-owner/asn-table'
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

/** Coverage of every sample network over the ASN data's rows, relay ranges included. */
export function measure(
  sample: readonly SampleNetwork[],
  rows: { readonly 4: readonly AsnRow[]; readonly 6: readonly AsnRow[] },
  relays: { readonly 4: readonly AsnRange[]; readonly 6: readonly AsnRange[] },
): Coverage[] {
  return sample.map((network) => {
    const asns = new Set(network.asns)
    const c: Coverage = { operator: network.operator, v4: 0, v4Flagged: 0, v6: 0, v6Flagged: 0 }
    for (const family of [4, 6] as const)
      for (const row of rows[family]) {
        if (!asns.has(row.asn)) continue
        const n = size(row, family)
        const flagged = flagsAsn(row.asn, row.org) ? n : relayOverlap(row, relays[family], family)
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
