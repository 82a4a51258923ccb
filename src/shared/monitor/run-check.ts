import type { CountryCode } from '../country'
import type { CrossCheck, CrossCheckResult } from '../geo/cross-check'
import { fetchText, type FetchFn } from '../net/fetch-text'
import { parseSourceBody, parseTraceFields } from '../net/parse-body'
import type { OwnerLookup } from './exit-network'
import { defaultMerchants, type MerchantId } from '../merchant/watched'
import { paymentUrlsFor, sourcesFor, type SourceSpec } from '../net/sources'
import { buildObservation, exitIps, type LocalWitness } from './build-observation'
import type { Observation, ProxyRoute, Sighting } from './observation'

/** Everything a check touches, injected: Electron's net stack in the app, fakes in tests. */
export interface CheckDeps {
  readonly fetch: FetchFn
  readonly sources: readonly SourceSpec[]
  /** The merchants watched: their edges are asked and their payment hosts' routes checked. */
  readonly merchants?: readonly MerchantId[]
  readonly locate: (ip: string) => CountryCode | null
  /** Offline IP → network owner (asn.bin); left out, owners come from online answers only. */
  readonly owner?: OwnerLookup
  /** Further offline country databases, each a witness of its own (iptoasn-country.mmdb). */
  readonly alsoLocate?: readonly LocalWitness[]
  readonly crossCheck: CrossCheck | null
  /** How the system proxy / PAC routes a URL; absent where it cannot be known. */
  readonly resolveProxy?: (url: string) => Promise<string>
  readonly now: () => number
  readonly timeoutMs?: number
}

const MAX_BODY_BYTES = 4096

/** Asks one source and turns whatever happens into a sighting. */
export async function observeSource(deps: CheckDeps, source: SourceSpec): Promise<Sighting> {
  const outcome = await fetchText(deps.fetch, source.url, {
    timeoutMs: deps.timeoutMs ?? 8000,
    maxBytes: MAX_BODY_BYTES,
    now: deps.now,
  })
  const base = {
    source: source.name,
    url: source.url,
    kind: source.kind,
    family: source.family,
    elapsedMs: outcome.elapsedMs,
  }
  const empty = { ip: null, ipFamily: null, country: null, rawCountry: null }
  if (!outcome.ok)
    return { ...base, ...empty, failure: { code: outcome.code, detail: outcome.detail } }
  const parsed = parseSourceBody(source.parser, source.family, outcome.body)
  if (!parsed.ok)
    return { ...base, ...empty, failure: { code: parsed.reason, detail: parsed.detail } }
  const warp =
    source.parser === 'cf-trace' ? parseTraceFields(outcome.body)?.get('warp') : undefined
  return {
    ...base,
    ip: parsed.exit.ip,
    ipFamily: parsed.exit.family,
    country: parsed.country,
    rawCountry: parsed.rawCountry,
    failure: null,
    ...(warp ? { warp: warp.slice(0, 10) } : {}),
  }
}

function watchedSources(deps: CheckDeps): SourceSpec[] {
  return sourcesFor(deps.sources, deps.merchants ?? defaultMerchants)
}

async function resolveProxies(deps: CheckDeps): Promise<ProxyRoute[] | null> {
  const resolve = deps.resolveProxy
  if (!resolve) return null
  const rules = await Promise.all(
    paymentUrlsFor(deps.merchants ?? defaultMerchants).map(async ({ url, role }) => ({
      url,
      role,
      rule: await resolve(url).catch(() => 'unknown'),
    })),
  )
  return rules
}

/** Asks every source at once, locates each exit IP (offline always, online once per new IP). */
export async function runFullCheck(deps: CheckDeps): Promise<Observation> {
  const [sightings, proxy] = await Promise.all([
    Promise.all(watchedSources(deps).map((source) => observeSource(deps, source))),
    resolveProxies(deps),
  ])
  const online = new Map<string, CrossCheckResult>()
  if (deps.crossCheck) {
    const crossCheck = deps.crossCheck
    const answers = await Promise.all(
      exitIps(sightings).map(async (ip) => [ip, await crossCheck(ip)] as const),
    )
    for (const [ip, answer] of answers) online.set(ip, answer)
  }
  const lookups = {
    locate: deps.locate,
    online,
    ...(deps.owner ? { owner: deps.owner } : {}),
    ...(deps.alsoLocate ? { alsoLocate: deps.alsoLocate } : {}),
  }
  return buildObservation(sightings, lookups, proxy, new Date(deps.now()))
}

/** What a steady-state probe found. */
export type ProbeOutcome =
  | { readonly kind: 'unchanged'; readonly observation: Observation }
  | { readonly kind: 'changed' | 'failed'; readonly sightings: readonly Sighting[] }

/**
 * The cheap steady-state tick: only the probe sources. If each reports the same IP and edge country
 * as in the last full check (or fails exactly as it did then), that evidence is confirmed as current;
 * anything else asks for a full check.
 */
export async function runProbe(deps: CheckDeps, previous: Observation): Promise<ProbeOutcome> {
  const probes = watchedSources(deps).filter((s) => s.probe)
  if (probes.length === 0) return { kind: 'failed', sightings: [] }
  const sightings = await Promise.all(probes.map((source) => observeSource(deps, source)))
  // "Unchanged" includes "still failing the same way": a merchant edge that stays unreachable
  // should not turn every tick into a full check.
  const same = sightings.every((now) => {
    const before = previous.sightings.find((s) => s.source === now.source)
    return (
      before !== undefined &&
      before.ip === now.ip &&
      before.rawCountry === now.rawCountry &&
      before.failure?.code === now.failure?.code
    )
  })
  if (!same) return { kind: sightings.some((s) => s.failure) ? 'failed' : 'changed', sightings }
  const replaced = previous.sightings.map((s) => sightings.find((n) => n.source === s.source) ?? s)
  return {
    kind: 'unchanged',
    observation: {
      ...previous,
      checkedAt: new Date(deps.now()).toISOString(),
      mode: 'probe',
      sightings: replaced,
    },
  }
}
