// Regenerates the hosting / VPN network lists (run: npm run network-kinds [-- --x4bnet GITDIR
// --icloud GITDIR --tor GITDIR]). With the git directories of the public lists, their files are
// first copied into scripts/network-lists/ with the commit and date they came from; without them the
// saved copies there are used. It then writes src/shared/network-owner/network-kinds.generated.ts
// (ASN lists, the review of doubtful entries applied, the other ASNs and sibling entities of listed
// operators added, Tor networks, the name-rule exceptions). `npm run asn-db` packs the relay ranges
// of the same saved copies into resources/asn.bin.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { knownNetworks } from '../src/shared/network-owner/known-networks'
import { carrierWords } from '../src/shared/network-owner/name-rules'
import { readAsnOrganisations, readAsnRows, rowAt } from './network-kinds/asn-data'
import { homeAsns } from './network-kinds/home-networks'
import { nameReviewedOut, reviewedOut } from './network-kinds/review'
import { operators } from './network-kinds/operators'
import { orgStem } from './network-kinds/stems'
import { denseAsns, torAddresses, torExitDensity, torRelayDensity } from './network-kinds/tor'
import { writeFormatted } from './write-formatted'
import { listFile, readSources, type ListSource } from './network-kinds/sources'

const { values } = parseArgs({
  options: { x4bnet: { type: 'string' }, icloud: { type: 'string' }, tor: { type: 'string' } },
})

/** The second column (the address) of a Tor node CSV, one per line, with a header comment. */
const torColumn = (header: string) => (csv: string) =>
  `# ${header}\n${[
    ...new Set(
      csv
        .split('\n')
        .slice(1)
        .map((line) => (line.split(',')[1] ?? '').trim())
        .filter(Boolean),
    ),
  ]
    .sort()
    .join('\n')}\n`

/** Copies files of a git directory's HEAD into the saved copies and records where they came from. */
function refresh(
  id: string,
  gitDir: string,
  files: Record<string, string>,
  sources: ListSource[],
  transform: (text: string) => string = (text) => text,
) {
  const git = (...args: string[]) =>
    execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
  const [commit = '', date = ''] = git('log', '-1', '--format=%H %cI').trim().split(' ')
  for (const [path, saved] of Object.entries(files))
    writeFileSync(listFile(saved), transform(git('show', `HEAD:${path}`)))
  const source = sources.find((s) => s.id === id)
  if (!source) throw new Error(`no source ${id} in sources.json`)
  Object.assign(source, { mirrorCommit: commit, mirrorDate: date.slice(0, 10) })
}

const sources = readSources()
if (values.x4bnet)
  refresh(
    'x4bnet-lists-vpn',
    values.x4bnet,
    {
      'input/datacenter/ASN.txt': 'x4bnet-datacenter-asn.txt',
      'input/vpn/ASN.txt': 'x4bnet-vpn-asn.txt',
      'input/vpn/ips/mullvadvpn.txt': 'x4bnet-vpn-ips-mullvad.txt',
      'input/vpn/ips/pia.txt': 'x4bnet-vpn-ips-pia.txt',
      'input/vpn/ips/protonvpn.txt': 'x4bnet-vpn-ips-protonvpn.txt',
    },
    sources,
  )
if (values.icloud)
  refresh(
    'icloud-private-relay',
    values.icloud,
    { 'ip-ranges.txt': 'icloud-private-relay.txt' },
    sources,
  )
if (values.tor) {
  refresh(
    'tor-nodes',
    values.tor,
    { 'latest.exits.csv': 'tor-exits.txt' },
    sources,
    torColumn(
      "Tor exit relays' addresses (Tor Project Onionoo, running relays with the Exit flag); see sources.json",
    ),
  )
  refresh(
    'tor-nodes',
    values.tor,
    { 'latest.all.csv': 'tor-relays.txt' },
    sources,
    torColumn("Every running Tor relay's address (Tor Project Onionoo); see sources.json"),
  )
}
if (values.x4bnet || values.icloud || values.tor)
  await writeFormatted(listFile('sources.json'), JSON.stringify(sources))

/** `AS123 # comment` lines → ASNs, in file order, without repeats. */
const asnList = (file: string): number[] => [
  ...new Set(
    readFileSync(listFile(file), 'utf8')
      .split('\n')
      .map((line) => Number(/^\s*AS(\d+)\b/i.exec(line)?.[1] ?? NaN))
      .filter((asn) => Number.isSafeInteger(asn) && asn > 0),
  ),
]

const excluded = new Set(reviewedOut.map((r) => r.asn))
const keep = (asn: number) => !excluded.has(asn) && !homeAsns.has(asn)
const vpn = asnList('x4bnet-vpn-asn.txt').filter(keep)
const hosting = asnList('x4bnet-datacenter-asn.txt').filter(
  (asn) => keep(asn) && !vpn.includes(asn),
)

// Operators' other ASNs: every ASN the data files under exactly the organisation name of a listed
// or curated hosting network (a cloud's newer ASN, a VPS host's second one). An organisation that
// also holds a home or mobile ISP's ASN, or whose name reads like a carrier (a data-centre arm of
// a telecom shares its name with the telecom's access networks), is never widened.
const { orgsOf, asnsOf } = readAsnOrganisations()
const homeOrgs = new Set([...homeAsns].flatMap((asn) => [...(orgsOf.get(asn) ?? [])]))
const carrierName = carrierWords
const seeds = [
  ...hosting,
  ...vpn,
  ...knownNetworks.filter((n) => n.kind !== 'access').map((n) => n.asn),
]
const listed = new Set([...seeds, ...knownNetworks.map((n) => n.asn)])
const operatorAsns = new Map<number, number>()
for (const seed of seeds)
  for (const org of orgsOf.get(seed) ?? [])
    if (!homeOrgs.has(org) && !carrierName.test(org))
      for (const asn of asnsOf.get(org) ?? [])
        if (!listed.has(asn) && keep(asn) && !operatorAsns.has(asn)) operatorAsns.set(asn, seed)

// Sibling entities: every organisation whose name differs from a listed operator's only by legal
// form or region ("Voxility S.R.L." beside "Voxility LLP"), the same exclusions applied.
const homeStems = new Set([...homeOrgs].map(orgStem).filter(Boolean))
const orgsOfStem = new Map<string, string[]>()
for (const org of asnsOf.keys()) {
  const stem = orgStem(org)
  if (stem) orgsOfStem.set(stem, [...(orgsOfStem.get(stem) ?? []), org])
}
for (const seed of seeds)
  for (const org of orgsOf.get(seed) ?? []) {
    const stem = orgStem(org)
    if (!stem || homeStems.has(stem) || carrierName.test(org)) continue
    for (const sibling of orgsOfStem.get(stem) ?? [])
      if (!homeOrgs.has(sibling) && !carrierName.test(sibling))
        for (const asn of asnsOf.get(sibling) ?? [])
          if (!listed.has(asn) && keep(asn) && !operatorAsns.has(asn)) operatorAsns.set(asn, seed)
  }

// Every ASN of a named operator (operators.ts), whatever its exact organisation string.
const namedRelay = new Set<number>()
for (const [org, asns] of asnsOf) {
  const operator = operators.find((o) => o.pattern.test(org))
  if (!operator || homeOrgs.has(org)) continue
  for (const asn of asns) {
    if (listed.has(asn) || !keep(asn)) continue
    operatorAsns.set(asn, asn)
    if (operator.kind === 'vpn-or-relay') namedRelay.add(asn)
  }
}

const relaySeeds = new Set([
  ...namedRelay,
  ...vpn,
  ...knownNetworks.filter((n) => n.kind === 'vpn-or-relay').map((n) => n.asn),
])
// Tor: networks dense with exits (their operators' own ASNs), and networks dense with relays of
// any kind (hosts people rent servers from to run them).
const sizes = new Map<number, number>()
const v4 = readAsnRows(4)
for (const row of v4)
  sizes.set(row.asn, (sizes.get(row.asn) ?? 0) + Number(row.end - row.start + 1n))
const ownerOf = (ip: string): number | null =>
  rowAt(
    v4,
    ip.split('.').reduce((acc, part) => acc * 256n + BigInt(Number(part)), 0n),
  )?.asn ?? null
const claimed = (asn: number) => listed.has(asn) || operatorAsns.has(asn) || !keep(asn)
const sizeOf = (asn: number) => sizes.get(asn) ?? 0
const torExit = denseAsns(torAddresses('tor-exits.txt'), ownerOf, sizeOf, torExitDensity).filter(
  (asn) => !claimed(asn),
)
const torRelay = denseAsns(torAddresses('tor-relays.txt'), ownerOf, sizeOf, torRelayDensity).filter(
  (asn) => !claimed(asn) && !torExit.includes(asn),
)

// Name rules: the access networks the review found (review.ts) are the only exceptions; the home
// sample is not excepted, so npm run known-networks can catch a rule that meets a home ISP.
const nameExceptions = nameReviewedOut.map((r) => r.asn)

const x4b = sources.find((s) => s.id === 'x4bnet-lists-vpn')
const join = (list: Iterable<number>) => [...list].sort((a, b) => a - b).join(' ')
await writeFormatted(
  'src/shared/network-owner/network-kinds.generated.ts',
  `// Generated by scripts/make-network-kinds.ts from scripts/network-lists/. Do not edit by hand.

/** Where the lists below come from (MIT, X4BNet/lists_vpn ${x4b?.upstreamCommit ?? '?'}). */
export const networkListSource = ${JSON.stringify(
    {
      repository: x4b?.url,
      commit: x4b?.upstreamCommit,
      date: x4b?.mirrorDate,
      licence: x4b?.licence,
    },
    null,
    2,
  )}

/** Data-centre ASNs of the list, doubtful entries reviewed out (scripts/network-lists/review.ts). */
export const listedHostingAsns = '${join(hosting)}'

/** VPN providers' ASNs of the list. */
export const listedVpnAsns = '${join(vpn)}'

/** Other ASNs the ASN data files under a listed hosting operator's exact organisation name. */
export const operatorHostingAsns = '${join([...operatorAsns].filter(([, seed]) => !relaySeeds.has(seed)).map(([asn]) => asn))}'

/** The same for VPN and relay operators (Cloudflare's other ASNs, a VPN provider's second one). */
export const operatorRelayAsns = '${join([...operatorAsns].filter(([, seed]) => relaySeeds.has(seed)).map(([asn]) => asn))}'

/** Networks where Tor exits are dense: their operators run exits (scripts/network-kinds/tor.ts). */
export const torExitAsns = '${join(torExit)}'

/** Networks where Tor relays of any kind are dense: servers for rent. */
export const torRelayAsns = '${join(torRelay)}'

/** Networks whose names match the hosting words but that serve homes (scripts/network-kinds/review.ts). */
export const hostingNameExceptions = '${join(nameExceptions)}'
`,
)
console.log(
  `${hosting.length} hosting + ${vpn.length} VPN ASNs kept, ${excluded.size} reviewed out, ` +
    `${operatorAsns.size} operator ASNs added, ${torExit.length} Tor exit + ${torRelay.length} Tor relay networks, ` +
    `${nameExceptions.length} name-rule exceptions`,
)
