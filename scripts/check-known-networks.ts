// Measures and checks the network kinds (run: npm run known-networks). Reports recall on a sample
// of hosting and VPN networks and false positives on the largest home and mobile ISPs of the US,
// China, the UK, Germany and Japan (scripts/network-kinds/samples.ts, a source per entry), the
// share of the published relay ranges matched, curated ASNs whose organisation name no longer
// matches the data, and unlisted networks whose names read like data centres. Exits 1 when a goal
// is missed: recall ≥ 90 % of addresses, no home or mobile address flagged.
import { readFileSync } from 'node:fs'
import { decodeAsnTable, tableOwners } from '../src/shared/network-owner/asn-table'
import { classifyNetwork } from '../src/shared/network-owner/classify'
import { knownNetworks } from '../src/shared/network-owner/known-networks'
import { readAsnRows } from './network-kinds/asn-data'
import { measure, mergeRanges, relayRecall, type Coverage } from './network-kinds/measure'
import { readRelayRanges } from './network-kinds/relay-ranges'
import { homeSample, hostingSample } from './network-kinds/samples'

const table = decodeAsnTable(readFileSync('resources/asn.bin'))
const rows = { 4: readAsnRows(4), 6: readAsnRows(6) }
const relays = readRelayRanges()
const merged = { 4: mergeRanges(relays.v4), 6: mergeRanges(relays.v6) }
const pct = (part: number, whole: number) =>
  whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`
const sum = (list: readonly Coverage[], key: keyof Omit<Coverage, 'operator'>) =>
  list.reduce((n, c) => n + c[key], 0)

const say = (line: string) => process.stdout.write(`${line}\n`)
const hosting = measure(hostingSample, rows, merged)
say('Hosting / VPN sample (IPv4 addresses, IPv6 /64s flagged):')
for (const c of hosting)
  say(`  ${c.operator}: IPv4 ${pct(c.v4Flagged, c.v4)} of ${c.v4}, IPv6 ${pct(c.v6Flagged, c.v6)}`)
const recall4 = sum(hosting, 'v4Flagged') / Math.max(1, sum(hosting, 'v4'))
const recall6 = sum(hosting, 'v6Flagged') / Math.max(1, sum(hosting, 'v6'))
const networks = hosting.filter((c) => c.v4 + c.v6 > 0)
const networksAt90 = networks.filter((c) => c.v4Flagged >= 0.9 * c.v4 && c.v6Flagged >= 0.9 * c.v6)
say(
  `Recall: IPv4 ${pct(sum(hosting, 'v4Flagged'), sum(hosting, 'v4'))} of ${sum(hosting, 'v4')} addresses, ` +
    `IPv6 ${pct(sum(hosting, 'v6Flagged'), sum(hosting, 'v6'))} of /64s; ` +
    `${networksAt90.length} of ${networks.length} networks at ≥ 90 % (goal ≥ 90 %)`,
)

const home = measure(homeSample, rows, merged)
say('Home / mobile sample (false positives):')
for (const c of home.filter((h) => h.v4Flagged + h.v6Flagged > 0))
  say(`  FALSE POSITIVE ${c.operator}: IPv4 ${c.v4Flagged}, IPv6 /64s ${c.v6Flagged}`)
const fp = sum(home, 'v4Flagged') + sum(home, 'v6Flagged')
say(
  `Home/mobile: ${homeSample.length} ISPs, ${sum(home, 'v4')} IPv4 addresses and ${sum(home, 'v6')} IPv6 /64s; ` +
    `${sum(home, 'v4Flagged')} IPv4 and ${sum(home, 'v6Flagged')} IPv6 /64s flagged (goal 0)`,
)

for (const relay of ['icloud-private-relay', 'cloudflare-warp'] as const)
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

// Curated entries whose organisation name no longer matches the data, and unlisted candidates.
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
const candidates = [...names]
  .map(([asn, orgs]) => ({ asn, org: [...orgs][0] ?? '', n: addresses.get(asn) ?? 0 }))
  .filter((c) => classifyNetwork({ asn: c.asn, org: c.org, warp: null }).reason === 'hosting-name')
  .sort((a, b) => b.n - a.n)
  .slice(0, 20)
for (const c of candidates)
  say(`candidate AS${c.asn} ${c.org} (${c.n} IPv4 addresses, matched by name only)`)

const met = recall4 >= 0.9 && recall6 >= 0.9 && fp === 0
say(met ? 'Goals met.' : 'GOALS MISSED.')
process.exitCode = met ? 0 : 1
