// Builds the real-data regression set test/fixtures/real-data/regression-set.json from the data
// packages and the saved lists (run: npm run regression-set); test/unit/real-data.test.ts checks
// the shipped rules against it in `npm test`. Samples are drawn with a fixed seed, so the file
// changes only when the data does. What it holds:
// - ZIP/state pairs from `zipcodes` (every state and territory, the straddling ZIPs);
// - addresses from the largest home/mobile ISPs and from hosting/VPN networks (ASN data), and
//   from the published relay ranges;
// - each merchant's saved list, and countries absent from it;
// - addresses where the two offline country databases disagree.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import countries from 'i18n-iso-countries'
import { Reader, type CountryResponse } from 'maxmind'
import { usZipStraddles } from '../src/shared/address/zip-straddles'
import { parseRegionList } from '../src/shared/merchant/parse-region-list'
import { readAsnRows, type AsnRow } from './network-kinds/asn-data'
import { readRelayRanges } from './network-kinds/relay-ranges'
import { homeSample, hostingSample, type SampleNetwork } from './network-kinds/samples'
import { ipText, seededRandom } from './network-kinds/sampling'
import { writeFormatted } from './write-formatted'

const require = createRequire(import.meta.url)
const random = seededRandom(19)
const pick = <T>(list: readonly T[], n: number): T[] => {
  const copy = [...list]
  const out: T[] = []
  while (out.length < n && copy.length > 0)
    out.push(copy.splice(Math.floor(random() * copy.length), 1)[0] as T)
  return out
}
const inside = (row: { start: bigint; end: bigint }) =>
  row.start +
  BigInt(
    Math.floor(
      random() *
        Number(row.end - row.start + 1n > 1_000_000n ? 1_000_000n : row.end - row.start + 1n),
    ),
  )

// ZIP/state pairs: up to 6 ZIPs of every state and territory, and every straddling ZIP's states.
const zipcodes = require('zipcodes') as {
  codes: Record<string, { zip: string; state: string; country: string }>
}
const byState = new Map<string, string[]>()
for (const r of Object.values(zipcodes.codes))
  if (r.country === 'US') byState.set(r.state, [...(byState.get(r.state) ?? []), r.zip])
const zips = [...byState].flatMap(([state, list]) =>
  pick(list.sort(), 6).map((zip) => [zip, state]),
)
const straddles = [...usZipStraddles].map(([zip, { states }]) => [zip, states.join('/')])

// Addresses of sample networks: 4 rows per network (both families where it has them).
const rows = { 4: readAsnRows(4), 6: readAsnRows(6) }
const addressesOf = (network: SampleNetwork) =>
  ([4, 6] as const).flatMap((family) =>
    pick(
      rows[family].filter((r: AsnRow) => network.asns.includes(r.asn)),
      2,
    ).map((r) => ipText(inside(r), family)),
  )
const networks = (sample: readonly SampleNetwork[]) =>
  sample.map((n) => ({ operator: n.operator, asns: n.asns, ips: addressesOf(n) }))
const relays = readRelayRanges(rows)
const relaySample = [
  ...pick(
    relays.v4.filter((r) => r.org === 'icloud-private-relay'),
    8,
  ).map((r) => [ipText(inside(r), 4), r.org]),
  ...pick(
    relays.v6.filter((r) => r.org === 'icloud-private-relay'),
    8,
  ).map((r) => [ipText(inside(r), 6), r.org]),
  ...pick(
    relays.v6.filter((r) => r.org === 'cloudflare-warp'),
    8,
  ).map((r) => [ipText(inside(r), 6), r.org]),
]

// Merchant lists: the saved copies as the generator reads them.
const lists = JSON.parse(readFileSync('scripts/merchant-lists/manifest.json', 'utf8')) as Record<
  string,
  { file: string; coverage: string }[]
>
const merchants = Object.fromEntries(
  Object.entries(lists).map(([merchant, docs]) => {
    const served = new Set(
      docs.flatMap(
        (d) =>
          parseRegionList(
            readFileSync(path.join('scripts/merchant-lists', d.file), 'utf8'),
            (name) => countries.getAlpha2Code(name, 'en') ?? countries.getAlpha2Code(name, 'zh'),
          ).codes,
      ),
    )
    return [merchant, { served: [...served].sort(), complete: docs.some((d) => d.coverage === '') }]
  }),
)

// Addresses the two offline country databases place in different countries (no edge to settle them).
const open = (file: string) => new Reader<CountryResponse>(readFileSync(file))
const main = open('resources/geo-whois-asn-country.mmdb')
const second = open('resources/iptoasn-country.mmdb')
const cc = (reader: Reader<CountryResponse>, ip: string) =>
  (reader.get(ip) as { country_code?: string } | null)?.country_code ?? null
const known = [
  '2001:da8:8000::1', // CERNET2: AU / CN
  '2001:250:1::1', // CERNET2: AU / CN
  '47.74.1.1', // Alibaba: US / CN
  '18.162.1.1', // AWS Hong Kong: CN / US
]
const disputed: string[][] = []
for (const ip of [
  ...known,
  ...pick(rows[4], 400).map((r) => ipText(inside(r), 4)),
  ...pick(rows[6], 200).map((r) => ipText(inside(r), 6)),
]) {
  const [a, b] = [cc(main, ip), cc(second, ip)]
  if (a && b && a !== b && disputed.length < 60) disputed.push([ip, a, b])
}

const set = {
  generated:
    'by scripts/make-regression-set.ts from zipcodes, @ip-location-db/asn, the saved network and merchant lists and resources/*.mmdb',
  zips,
  straddles,
  homeNetworks: networks(homeSample),
  hostingNetworks: networks(hostingSample),
  relays: relaySample,
  merchants,
  disputed,
}
await writeFormatted('test/fixtures/real-data/regression-set.json', JSON.stringify(set))
console.log(
  `${zips.length} ZIPs, ${straddles.length} straddling ZIPs, ${set.homeNetworks.length} home ISPs, ` +
    `${set.hostingNetworks.length} hosting/VPN networks, ${relaySample.length} relay addresses, ` +
    `${disputed.length} disputed addresses`,
)
