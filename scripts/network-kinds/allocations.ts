// Reads the saved IPv6 allocations the ASN data lacks entirely (scripts/network-lists/
// v6-allocations.txt) as rows of the operator they are allocated to.
import { readFileSync } from 'node:fs'
import type { AsnRow } from './asn-data'
import { cidrRange } from './relay-ranges'
import { listFile } from './sources'

/** One `prefix ASN organisation` line as a row; null for a comment, a blank or an IPv4 line. */
export function allocationRow(line: string): AsnRow | null {
  const match = /^\s*(\S+)\s+(\d+)\s+(.+?)\s*$/.exec(line.split('#')[0] ?? '')
  const range = match ? cidrRange(match[1] ?? '') : null
  if (!match || !range || range.family !== 6) return null
  return { start: range.start, end: range.end, asn: Number(match[2]), org: match[3] ?? '' }
}

/** Every saved IPv6 allocation, as rows. */
export function readAllocations(): AsnRow[] {
  return readFileSync(listFile('v6-allocations.txt'), 'utf8')
    .split('\n')
    .map(allocationRow)
    .filter((row): row is AsnRow => row !== null)
}
