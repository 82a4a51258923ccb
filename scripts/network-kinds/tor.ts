// Tor: the exit relays' addresses (matched by prefix, like the other relays) and the networks
// whose address space is mostly Tor — exit operators' own ASNs (Emerald Onion, Quintex, F3 Netze
// …) and hosts where relays are dense. Saved copies in scripts/network-lists/ (sources.json).
import { readFileSync } from 'node:fs'
import ipaddr from 'ipaddr.js'
import { listFile } from './sources'

/** The addresses of one saved list (one per line, `#` comments). */
export function torAddresses(file: 'tor-exits.txt' | 'tor-relays.txt'): string[] {
  return readFileSync(listFile(file), 'utf8')
    .split('\n')
    .map((line) => (line.split('#')[0] ?? '').trim())
    .filter((line) => ipaddr.isValid(line))
}

/** Exits at least this dense (per /24 of the network's IPv4 space), and this many: a Tor network. */
export const torExitDensity = { perSlash24: 0.5, atLeast: 5 } as const
/** Relays of any kind this dense, and this many: a network of servers (people rent them for relays). */
export const torRelayDensity = { perSlash24: 0.25, atLeast: 5 } as const

/** ASNs whose IPv4 space holds Tor addresses at the given density. */
export function denseAsns(
  addresses: readonly string[],
  ownerOf: (ip: string) => number | null,
  sizeOf: (asn: number) => number,
  rule: { readonly perSlash24: number; readonly atLeast: number },
): number[] {
  const counts = new Map<number, number>()
  for (const ip of new Set(addresses)) {
    if (ip.includes(':')) continue
    const asn = ownerOf(ip)
    if (asn) counts.set(asn, (counts.get(asn) ?? 0) + 1)
  }
  return [...counts]
    .filter(
      ([asn, n]) => n >= rule.atLeast && (n * 256) / Math.max(256, sizeOf(asn)) >= rule.perSlash24,
    )
    .map(([asn]) => asn)
    .sort((a, b) => a - b)
}
