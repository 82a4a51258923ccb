// Measures and checks the network kinds (run: npm run known-networks). Reports recall on a sample
// of hosting and VPN networks and on two held-out samples the lists and rules were not built from,
// false positives on the largest home and mobile ISPs (scripts/network-kinds/samples.ts and
// held-out.ts, a source per entry), the IPv6 holes of the ASN data and how many the table fills,
// the share of the published relay ranges matched, curated ASNs whose organisation name no longer
// matches the data, and the largest networks flagged by their names alone (to review). IPv6 is
// measured over the space each network announces (its rows and the routing data's holes in its
// /32s), read through the packed table. Exits 1 when a goal is missed: recall ≥ 90 % of the hosting
// sample's addresses, no home or mobile address flagged.
import { readFileSync } from 'node:fs'
import { decodeAsnTable, lookupAsn, tableOwners } from '../src/shared/network-owner/asn-table'
import { classifyNetwork } from '../src/shared/network-owner/classify'
import { knownNetworks } from '../src/shared/network-owner/known-networks'
import { readAllocations } from './network-kinds/allocations'
import { announcedV6 } from './network-kinds/announced'
import { readAsnRows } from './network-kinds/asn-data'
import { holes } from './network-kinds/fill-v6'
import { foundInReview } from './network-kinds/found-in-review'
import { heldOutChosen } from './network-kinds/held-out'
import {
  flagsAsn,
  measure,
  mergeRanges,
  relayRecall,
  sampleSpace,
  type Coverage,
} from './network-kinds/measure'
import { ipv6Probes } from './network-kinds/probes'
import { ipText } from './network-kinds/sampling'
import { readRelayRanges } from './network-kinds/relay-ranges'
import { homeSample, hostingSample, type SampleNetwork } from './network-kinds/samples'

const table = decodeAsnTable(readFileSync('resources/asn.bin'))
const rows = { 4: readAsnRows(4), 6: readAsnRows(6) }
const relays = readRelayRanges(rows)
const merged = { 4: mergeRanges(relays.v4), 6: mergeRanges(relays.v6) }
const allocations = readAllocations()
const holesByBlock = new Map<bigint, { start: bigint; end: bigint }[]>()
for (const hole of holes(rows[6], announcedV6('resources/iptoasn-country.mmdb')))
  holesByBlock.set(hole.start >> 96n, [...(holesByBlock.get(hole.start >> 96n) ?? []), hole])

const pct = (part: number, whole: number) =>
  whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`
const sum = (list: readonly Coverage[], key: keyof Omit<Coverage, 'operator'>) =>
  list.reduce((n, c) => n + c[key], 0)
const say = (line: string) => process.stdout.write(`${line}\n`)
const coverage = (sample: readonly SampleNetwork[]) =>
  measure(
    sample,
    table,
    sample.map((network) => sampleSpace(network, rows, holesByBlock, allocations)),
    merged,
  )

/** Prints a hosting sample's recall per network and in total; returns the two totals. */
function recall(title: string, sample: readonly SampleNetwork[]) {
  const list = coverage(sample)
  say(`${title} (IPv4 addresses, IPv6 /64s of announced space flagged):`)
  for (const c of list)
    say(
      `  ${c.operator}: IPv4 ${pct(c.v4Flagged, c.v4)} of ${c.v4}, IPv6 ${pct(c.v6Flagged, c.v6)}`,
    )
  const networks = list.filter((c) => c.v4 + c.v6 > 0)
  const at90 = networks.filter((c) => c.v4Flagged >= 0.9 * c.v4 && c.v6Flagged >= 0.9 * c.v6)
  say(
    `  Recall: IPv4 ${pct(sum(list, 'v4Flagged'), sum(list, 'v4'))} of ${sum(list, 'v4')} addresses, ` +
      `IPv6 ${pct(sum(list, 'v6Flagged'), sum(list, 'v6'))} of ${sum(list, 'v6')} /64s; ` +
      `${at90.length} of ${networks.length} networks at ≥ 90 %`,
  )
  return {
    v4: sum(list, 'v4Flagged') / Math.max(1, sum(list, 'v4')),
    v6: sum(list, 'v6Flagged') / Math.max(1, sum(list, 'v6')),
  }
}

const hosting = recall('Hosting / VPN sample', hostingSample)

// IPv6 probes: one address at the start of every span a hosting network announces or is allocated
// (rows, routing holes, allocations) and the published exits in ipv6Probes. An address the table
// has no owner for counts as missed, so a hole in the data shows here as it would in the app.
const probes = [
  ...hostingSample.flatMap((network) =>
    sampleSpace(network, rows, holesByBlock, allocations)[6].map((span) => ({
      operator: network.operator,
      ip: ipText(span.start + 1n, 6),
    })),
  ),
  ...ipv6Probes,
]
const probeOwners = probes.map((p) => ({ ...p, owner: lookupAsn(table, p.ip) }))
const unowned = probeOwners.filter((p) => p.owner === null)
const probeFlagged = probeOwners.filter((p) => p.owner && flagsAsn(p.owner.asn, p.owner.org))
for (const p of probeOwners.slice(probes.length - ipv6Probes.length))
  say(
    `  probe ${p.ip} (${p.operator}): ${p.owner ? `AS${p.owner.asn} ${p.owner.org}` : 'NO OWNER'}`,
  )
say(
  `IPv6 probe addresses: ${pct(probeFlagged.length, probes.length)} of ${probes.length} flagged; ` +
    `${unowned.length} with no owner in the table (counted as missed)`,
)
recall('Found unflagged in a review, since listed (recall by construction)', foundInReview)
recall('Held out, chosen before the rules', heldOutChosen)

const home = coverage(homeSample)
say('Home / mobile sample (false positives):')
for (const c of home.filter((h) => h.v4Flagged + h.v6Flagged > 0))
  say(`  FALSE POSITIVE ${c.operator}: IPv4 ${c.v4Flagged}, IPv6 /64s ${c.v6Flagged}`)
const fp = sum(home, 'v4Flagged') + sum(home, 'v6Flagged')
say(
  `Home/mobile: ${homeSample.length} ISPs, ${sum(home, 'v4')} IPv4 addresses and ${sum(home, 'v6')} IPv6 /64s; ` +
    `${sum(home, 'v4Flagged')} IPv4 and ${sum(home, 'v6Flagged')} IPv6 /64s flagged (goal 0)`,
)

for (const relay of ['icloud-private-relay', 'cloudflare-warp', 'tor'] as const)
  for (const family of [4, 6] as const) {
    const { total, matched } = relayRecall(
      table,
      family === 4 ? relays.v4 : relays.v6,
      family,
      relay,
    )
    if (total > 0)
      say(
        `Relay ${relay} IPv${family}: ${pct(matched, total)} of its published ranges matched by prefix`,
      )
  }

// Curated entries whose organisation name no longer matches the data, and name-only matches.
const names = new Map<number, Set<string>>()
for (const { asn, org } of tableOwners(table))
  names.set(asn, (names.get(asn) ?? new Set()).add(org))
for (const network of knownNetworks) {
  const orgs = [...(names.get(network.asn) ?? [])]
  if (!orgs.some((org) => network.orgPattern.test(org)))
    say(`CHECK AS${network.asn} ${network.operator}: data says ${orgs.join(' | ') || 'absent'}`)
}
const addresses = new Map<number, number>()
for (const row of rows[4])
  addresses.set(row.asn, (addresses.get(row.asn) ?? 0) + Number(row.end - row.start + 1n))
const byName = [...names]
  .map(([asn, orgs]) => ({ asn, org: [...orgs][0] ?? '', n: addresses.get(asn) ?? 0 }))
  .filter((c) => classifyNetwork({ asn: c.asn, org: c.org, warp: null }).reason === 'hosting-name')
  .sort((a, b) => b.n - a.n)
say(`${byName.length} networks are flagged by their names alone; the largest, to review:`)
for (const c of byName.slice(0, 20)) say(`  AS${c.asn} ${c.org} (${c.n} IPv4 addresses)`)

const met = hosting.v4 >= 0.9 && hosting.v6 >= 0.9 && fp === 0
say(met ? 'Goals met.' : 'GOALS MISSED.')
process.exitCode = met ? 0 : 1
