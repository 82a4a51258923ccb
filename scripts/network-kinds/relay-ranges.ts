// Reads the saved relay egress lists (scripts/network-lists/) into ranges for the packed table.
import { readFileSync } from 'node:fs'
import ipaddr from 'ipaddr.js'
import type { RelayRanges } from '../../src/shared/network-owner/asn-table-encode'
import type { AsnRange, RelayId } from '../../src/shared/network-owner/types'
import { rowAt, type AsnRow } from './asn-data'
import { homeAsns } from './home-networks'
import { listFile } from './sources'

/** Each relay and the saved lists of its egress prefixes (CIDR per line, `#` comments). */
const relayFiles: readonly (readonly [RelayId, readonly string[]])[] = [
  ['icloud-private-relay', ['icloud-private-relay.txt']],
  ['mullvad', ['x4bnet-vpn-ips-mullvad.txt']],
  ['pia', ['x4bnet-vpn-ips-pia.txt']],
  ['protonvpn', ['x4bnet-vpn-ips-protonvpn.txt']],
  ['tor', ['tor-exits.txt']],
]

/** WARP's IPv6 egress: RIPE NCC's allocation to Cloudflare (sources.json, "cloudflare-warp"). */
const warpPrefixes = ['2a09:bac0::/29']

/** A CIDR (or one address) as an inclusive numeric range and its family; null for a line that is none. */
export function cidrRange(text: string): { family: 4 | 6; start: bigint; end: bigint } | null {
  const trimmed = text.trim()
  const cidr =
    trimmed.includes('/') || !ipaddr.isValid(trimmed)
      ? trimmed
      : `${trimmed}/${trimmed.includes(':') ? 128 : 32}`
  if (!ipaddr.isValidCIDR(cidr)) return null
  const [address, bits] = ipaddr.parseCIDR(cidr)
  const bytes = address.toByteArray()
  const width = bytes.length * 8
  const value = bytes.reduce((n, b) => (n << 8n) | BigInt(b), 0n)
  const hostBits = BigInt(width - bits)
  const start = (value >> hostBits) << hostBits
  return { family: width === 32 ? 4 : 6, start, end: start + (1n << hostBits) - 1n }
}

/** The parts of a range that none of the given ranges cover (they need not be sorted). */
function subtract(range: AsnRange, cuts: readonly AsnRange[]): AsnRange[] {
  const inside = cuts
    .filter((c) => c.end >= range.start && c.start <= range.end)
    .sort((a, b) => (a.start < b.start ? -1 : 1))
  const out: AsnRange[] = []
  let from = range.start
  for (const cut of inside) {
    if (cut.start > from) out.push({ ...range, start: from, end: cut.start - 1n })
    if (cut.end + 1n > from) from = cut.end + 1n
  }
  if (from <= range.end) out.push({ ...range, start: from })
  return out
}

/** Relays whose lists are single addresses of volunteers, some on home lines (tor.ts). */
const volunteerRelays: ReadonlySet<RelayId> = new Set(['tor'])

/**
 * Every relay range of the saved lists, by family, labelled with its relay's id. WARP's /29 also
 * holds iCloud Private Relay's Cloudflare egress: the more specific published ranges keep their
 * own label, WARP gets the rest. A volunteer relay's address on a home or mobile network
 * (home-networks.ts, looked up in the ASN data's rows) is left out: such addresses are reassigned.
 */
export function readRelayRanges(rows: {
  readonly 4: readonly AsnRow[]
  readonly 6: readonly AsnRow[]
}): RelayRanges {
  const out: { v4: AsnRange[]; v6: AsnRange[] } = { v4: [], v6: [] }
  const parse = (relay: RelayId, line: string): AsnRange | null => {
    const range = cidrRange(line.split('#')[0] ?? '')
    return range ? { start: range.start, end: range.end, asn: 0, org: relay } : null
  }
  for (const [relay, files] of relayFiles)
    for (const file of files)
      for (const line of readFileSync(listFile(file), 'utf8').split('\n')) {
        const range = parse(relay, line)
        const family = line.includes(':') ? 6 : 4
        if (!range) continue
        const owner = volunteerRelays.has(relay) ? rowAt(rows[family], range.start) : null
        if (owner && homeAsns.has(owner.asn)) continue
        ;(family === 6 ? out.v6 : out.v4).push(range)
      }
  const listed = [...out.v6]
  for (const prefix of warpPrefixes) {
    const warp = parse('cloudflare-warp', prefix)
    if (warp) out.v6.push(...subtract(warp, listed))
  }
  return out
}
