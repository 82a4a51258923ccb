import { comparableCountry, sameCountry } from '../address/us-territories'
import type { CountryCode } from '../country'
import type { CrossCheckResult } from '../geo/cross-check'
import { exitNetwork, type OwnerLookup } from './exit-network'
import type {
  Agreement,
  CountryWitness,
  Exit,
  ExitRoute,
  GeoAttempt,
  Observation,
  ProxyRoute,
  Sighting,
  SplitRouting,
} from './observation'

/** What the builder needs besides the sightings: offline and online country witnesses. */
export interface WitnessLookups {
  readonly locate: (ip: string) => CountryCode | null
  readonly online: ReadonlyMap<string, CrossCheckResult>
  /** Offline IP → network owner (asn.bin); left out where the data is not available. */
  readonly owner?: OwnerLookup
  /** Further offline country databases, each a witness of its own (a second publisher's data). */
  readonly alsoLocate?: readonly LocalWitness[]
}

/** An offline country database other than the main one, named in the witnesses by `by`. */
export interface LocalWitness {
  readonly by: string
  readonly locate: (ip: string) => CountryCode | null
}

function routeOf(sighting: Sighting): ExitRoute | null {
  if (!sighting.ip || !sighting.ipFamily) return null
  if (sighting.kind === 'merchant') return 'merchant'
  return sighting.ipFamily === 4 ? 'ipv4' : 'ipv6'
}

/** Groups sightings by IP, most-reported first; ties keep source-list order. */
function groupByIp(
  sightings: readonly Sighting[],
): { ip: string; seenBy: string[]; first: Sighting }[] {
  const groups = new Map<string, { ip: string; seenBy: string[]; first: Sighting }>()
  for (const s of sightings) {
    if (!s.ip) continue
    const group = groups.get(s.ip) ?? { ip: s.ip, seenBy: [], first: s }
    group.seenBy.push(s.source)
    groups.set(s.ip, group)
  }
  return [...groups.values()].sort((a, b) => b.seenBy.length - a.seenBy.length)
}

/**
 * Majority of the known countries (a US territory counts as the US, and keeps its own name when a
 * witness gave it); a tie goes to the first edge witness (the merchant's edge first). With no edge
 * answering, two offline witnesses that disagree make the country disputed: every country the
 * offline and online witnesses name is kept, so the verdict can name them all and never call the
 * exit settled.
 */
export function consensus(witnesses: readonly CountryWitness[]): {
  country: CountryCode | null
  agreement: Agreement
  disputed?: readonly CountryCode[]
} {
  const known = witnesses.filter((w): w is CountryWitness & { country: CountryCode } => !!w.country)
  if (known.length === 0) return { country: null, agreement: 'none' }
  const groups = new Map<string, CountryWitness & { country: CountryCode }>()
  const counts = new Map<string, number>()
  for (const w of known) {
    const key = comparableCountry(w.country)
    const first = groups.get(key)
    // The name to show: an edge's first, else the first witness's; a territory over the US.
    if (!first || (w.kind === 'edge' && first.kind !== 'edge') || first.country === 'US')
      groups.set(key, w)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const nameOf = (key: string) => groups.get(key)?.country ?? null
  if (counts.size === 1) {
    const key = [...counts.keys()][0] ?? ''
    return { country: nameOf(key), agreement: known.length > 1 ? 'agree' : 'single' }
  }
  const top = Math.max(...counts.values())
  const leaders = [...counts.entries()].filter(([, n]) => n === top).map(([c]) => c)
  const tieBreak = known.find(
    (w) => w.kind === 'edge' && leaders.includes(comparableCountry(w.country)),
  )
  const country = nameOf(tieBreak ? comparableCountry(tieBreak.country) : (leaders[0] ?? ''))
  const edgeSpoke = known.some((w) => w.kind === 'edge')
  const local = new Set(
    known.filter((w) => w.kind === 'local-db').map((w) => comparableCountry(w.country)),
  )
  if (edgeSpoke || local.size < 2) return { country, agreement: 'disagree' }
  const disputed = [...counts.keys()].flatMap((key) => nameOf(key) ?? [])
  return { country, agreement: 'disagree', disputed }
}

function buildExit(
  route: ExitRoute,
  sightings: readonly Sighting[],
  lookups: WitnessLookups,
): Exit | null {
  const mine = sightings.filter((s) => routeOf(s) === route)
  const [main, ...others] = groupByIp(mine)
  if (!main) return null
  const witnesses: CountryWitness[] = mine
    .filter((s) => s.ip === main.ip && s.rawCountry !== null)
    .map((s) => ({ by: s.source, kind: 'edge', country: s.country }))
  witnesses.push({ by: 'local-db', kind: 'local-db', country: lookups.locate(main.ip) })
  for (const other of lookups.alsoLocate ?? [])
    witnesses.push({ by: other.by, kind: 'local-db', country: other.locate(main.ip) })
  const online = lookups.online.get(main.ip)
  if (online?.ok) witnesses.push({ by: online.provider, kind: 'online', country: online.country })
  if (online && !online.ok)
    witnesses.push({ by: 'online', kind: 'online', country: null, detail: online.detail })
  const { country, agreement, disputed } = consensus(witnesses)
  return {
    route,
    ip: main.ip,
    family: main.first.ipFamily ?? 4,
    seenBy: main.seenBy,
    otherIps: others.map(({ ip, seenBy }) => ({ ip, seenBy })),
    witnesses,
    country,
    agreement,
    ...(disputed ? { disputed } : {}),
    network: exitNetwork(main.ip, mine, lookups.owner, online),
  }
}

/** The merchant exit against the generic exit of its own IP family; null when either is missing. */
export function splitRouting(
  merchant: Exit | null,
  ipv4: Exit | null,
  ipv6: Exit | null,
): SplitRouting | null {
  if (!merchant) return null
  const generic = merchant.family === 4 ? ipv4 : ipv6
  if (!generic) return null
  const countryDiffers =
    merchant.country && generic.country ? !sameCountry(merchant.country, generic.country) : null
  return {
    merchantIp: merchant.ip,
    genericIp: generic.ip,
    ipDiffers: merchant.ip !== generic.ip,
    countryDiffers,
  }
}

/** Distinct IPs worth locating online: one per exit, never one per source. */
export function exitIps(sightings: readonly Sighting[]): string[] {
  const ips = new Set<string>()
  for (const route of ['merchant', 'ipv4', 'ipv6'] as const) {
    const top = groupByIp(sightings.filter((s) => routeOf(s) === route))[0]
    if (top) ips.add(top.ip)
  }
  return [...ips]
}

/** Turns one full check's sightings into the observation: exits, consensus, split routing. */
export function buildObservation(
  sightings: readonly Sighting[],
  lookups: WitnessLookups,
  proxy: readonly ProxyRoute[] | null,
  at: Date,
): Observation {
  const merchant = buildExit('merchant', sightings, lookups)
  const ipv4 = buildExit('ipv4', sightings, lookups)
  const ipv6 = buildExit('ipv6', sightings, lookups)
  const time = at.toISOString()
  const geoAttempts: GeoAttempt[] = [...lookups.online].flatMap(([ip, result]) =>
    result.attempts.map((a) => ({ ip, ...a })),
  )
  return {
    schema: 1,
    checkedAt: time,
    fullCheckAt: time,
    mode: 'full',
    exits: { merchant, ipv4, ipv6 },
    split: splitRouting(merchant, ipv4, ipv6),
    ipv6Present: sightings.some((s) => s.ipFamily === 6),
    proxy,
    sightings,
    ...(geoAttempts.length > 0 ? { geoAttempts } : {}),
  }
}
