// Regenerates the hosting / VPN network lists (run: npm run network-kinds [-- --x4bnet GITDIR
// --icloud GITDIR]). With the git directories of the two public lists, their files are first copied
// into scripts/network-lists/ with the commit and date they came from; without them the saved copies
// there are used. It then writes src/shared/network-owner/network-kinds.generated.ts (ASN lists, the
// review of doubtful entries applied, the other ASNs of listed operators added). `npm run asn-db`
// packs the relay ranges of the same saved copies into resources/asn.bin.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { knownNetworks } from '../src/shared/network-owner/known-networks'
import { readAsnOrganisations } from './network-kinds/asn-data'
import { reviewedOut } from './network-kinds/review'
import { operators } from './network-kinds/operators'
import { homeSample } from './network-kinds/samples'
import { writeFormatted } from './write-formatted'
import { listFile, readSources, type ListSource } from './network-kinds/sources'

const { values } = parseArgs({
  options: { x4bnet: { type: 'string' }, icloud: { type: 'string' } },
})

/** Copies files of a git directory's HEAD into the saved copies and records where they came from. */
function refresh(id: string, gitDir: string, files: Record<string, string>, sources: ListSource[]) {
  const git = (...args: string[]) =>
    execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8' })
  const [commit = '', date = ''] = git('log', '-1', '--format=%H %cI').trim().split(' ')
  for (const [path, saved] of Object.entries(files))
    writeFileSync(listFile(saved), git('show', `HEAD:${path}`))
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
if (values.x4bnet || values.icloud)
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

const homeAsns = new Set(homeSample.flatMap((isp) => isp.asns))
const access = new Set(knownNetworks.filter((n) => n.kind === 'access').map((n) => n.asn))
const excluded = new Set(reviewedOut.map((r) => r.asn))
const keep = (asn: number) => !excluded.has(asn) && !homeAsns.has(asn) && !access.has(asn)
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
const carrierName =
  /tele[ck]om|telefon|mobile|broadband|cable|fib(er|re|ra)|wireless|communica|comunica|\bTM TECHNOLOGY/i
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
`,
)
console.log(
  `${hosting.length} hosting + ${vpn.length} VPN ASNs kept, ${excluded.size} reviewed out, ` +
    `${operatorAsns.size} operator ASNs added`,
)
