// Fills the IPv6 holes of the ASN data: space the routing data says is announced (announced.ts)
// that no row of @ip-location-db/asn covers. A hole inside a /32 whose every row names one network
// is that network's (the /32 is the usual allocation; DigitalOcean's 2604:a880::/32 has rows in
// six places and most of its announced space in none). Holes in a /32 shared by several networks
// stay unowned: which of them announces it cannot be told from these two sources.
import type { AsnRow } from './asn-data'
import type { Span } from './announced'

const blockOf = (address: bigint) => address >> 96n
const blockStart = (block: bigint) => block << 96n
const blockEnd = (block: bigint) => ((block + 1n) << 96n) - 1n
/** Rows wider than this many /32s are whole allocations of their own: nothing to fill there. */
const widestRow = 1n << 12n

/** Announced spans minus the rows (both sorted by start), split at /32 boundaries. */
export function holes(rows: readonly AsnRow[], announced: readonly Span[]): Span[] {
  const out: Span[] = []
  let r = 0
  for (const span of announced) {
    let from = span.start
    while (r < rows.length && (rows[r]?.end ?? 0n) < from) r++
    for (let i = r; i < rows.length && from <= span.end; i++) {
      const row = rows[i] as AsnRow
      if (row.start > span.end) break
      if (row.start > from) out.push({ start: from, end: row.start - 1n })
      if (row.end + 1n > from) from = row.end + 1n
    }
    if (from <= span.end) out.push({ start: from, end: span.end })
  }
  return out.flatMap((hole) => {
    const parts: Span[] = []
    for (let block = blockOf(hole.start); block <= blockOf(hole.end); block++) {
      const start = block === blockOf(hole.start) ? hole.start : blockStart(block)
      const end = block === blockOf(hole.end) ? hole.end : blockEnd(block)
      parts.push({ start, end })
    }
    return parts
  })
}

/** For each /32 with rows: the one network owning all of them, or null when several share it. */
export function soleOwners(rows: readonly AsnRow[]): Map<bigint, AsnRow | null> {
  const owners = new Map<bigint, AsnRow | null>()
  for (const row of rows) {
    const first = blockOf(row.start)
    const last = blockOf(row.end)
    if (last - first > widestRow) continue
    for (let block = first; block <= last; block++) {
      const seen = owners.get(block)
      if (seen === undefined) owners.set(block, row)
      else if (seen && seen.asn !== row.asn) owners.set(block, null)
    }
  }
  return owners
}

/** Rows for the holes of /32s owned by one network, in address order. */
export function fillV6(rows: readonly AsnRow[], announced: readonly Span[]): AsnRow[] {
  const owners = soleOwners(rows)
  const fills: AsnRow[] = []
  for (const hole of holes(rows, announced)) {
    const owner = owners.get(blockOf(hole.start))
    if (owner) fills.push({ start: hole.start, end: hole.end, asn: owner.asn, org: owner.org })
  }
  return fills
}

/** Rows for the parts of saved allocations (allocations.ts) that no row of the ASN data covers. */
export function fillAllocations(rows: readonly AsnRow[], allocations: readonly AsnRow[]): AsnRow[] {
  return allocations.flatMap((allocation) =>
    holes(rows, [allocation]).map((hole) => ({
      ...hole,
      asn: allocation.asn,
      org: allocation.org,
    })),
  )
}

/** The rows with the fills merged in, sorted by start (what asn.bin packs). */
export function withFills(rows: readonly AsnRow[], fills: readonly AsnRow[]): AsnRow[] {
  return [...rows, ...fills].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
}
