// The IPv6 space the routing data says is announced: every network of the shipped second country
// witness (resources/iptoasn-country.mmdb, IPtoASN's BGP-announced prefixes, PDDL), read by
// walking the database's search tree. The ASN data's IPv6 rows have holes; this says where.
import { readFileSync } from 'node:fs'
import { Reader } from 'maxmind'

/** An inclusive IPv6 range. */
export interface Span {
  readonly start: bigint
  readonly end: bigint
}

/** The value of one record (left or right) of a search-tree node. */
function recordValue(tree: Buffer, node: number, right: boolean, recordSize: number): number {
  const at = node * ((recordSize * 2) / 8)
  if (recordSize === 24) {
    const o = at + (right ? 3 : 0)
    return ((tree[o] ?? 0) << 16) | ((tree[o + 1] ?? 0) << 8) | (tree[o + 2] ?? 0)
  }
  if (recordSize === 28) {
    const middle = tree[at + 3] ?? 0
    const o = at + (right ? 4 : 0)
    const high = right ? middle & 0x0f : middle >> 4
    return (
      high * 2 ** 24 + (((tree[o] ?? 0) << 16) | ((tree[o + 1] ?? 0) << 8) | (tree[o + 2] ?? 0))
    )
  }
  return tree.readUInt32BE(at + (right ? 4 : 0))
}

/** Merges sorted, possibly touching spans. */
function merge(spans: Span[]): Span[] {
  const out: Span[] = []
  for (const s of spans.sort((a, b) => (a.start < b.start ? -1 : 1))) {
    const last = out[out.length - 1]
    if (last && s.start <= last.end + 1n) {
      if (s.end > last.end) out[out.length - 1] = { start: last.start, end: s.end }
    } else out.push(s)
  }
  return out
}

/** Every IPv6 range with a record in an IPv6 .mmdb, merged (IPv4-mapped space left out). */
export function announcedV6(file: string): Span[] {
  const bytes = readFileSync(file)
  const { metadata } = new Reader(bytes)
  const { nodeCount, recordSize } = metadata
  if (metadata.ipVersion !== 6) throw new Error(`${file} is not an IPv6 database`)
  const tree = bytes.subarray(0, metadata.searchTreeSize)
  const spans: Span[] = []
  // Depth-first over (node, prefix, depth); a value above nodeCount points at data.
  const stack: [number, bigint, number][] = [[0, 0n, 0]]
  while (stack.length > 0) {
    const [node, prefix, depth] = stack.pop() as [number, bigint, number]
    for (const right of [false, true]) {
      const bit = depth + 1
      const start = right ? prefix | (1n << BigInt(128 - bit)) : prefix
      const value = recordValue(tree, node, right, recordSize)
      if (value < nodeCount) stack.push([value, start, bit])
      else if (value > nodeCount && start >> 96n !== 0n)
        spans.push({ start, end: start + (1n << BigInt(128 - bit)) - 1n })
    }
  }
  return merge(spans)
}
