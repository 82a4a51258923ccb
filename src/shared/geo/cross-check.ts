import { fetchText, type FetchFn } from '../net/fetch-text'
import type { CountryCode } from '../country'
import { parseGeoBody, type GeoProvider } from './geo-providers'

/** One online witness to an IP's country, with the provider that gave it. */
export type CrossCheckResult =
  | { readonly ok: true; readonly provider: string; readonly country: CountryCode | null }
  | { readonly ok: false; readonly provider: string | null; readonly detail: string }

/** Looks an IP up online at most once per cache lifetime; never every tick. */
export type CrossCheck = (ip: string) => Promise<CrossCheckResult>

/** Dependencies of the cross-check, injected so tests run on fakes and a fake clock. */
export interface CrossCheckDeps {
  readonly fetch: FetchFn
  readonly providers: readonly GeoProvider[]
  readonly now?: () => number
  readonly timeoutMs?: number
  readonly cacheSize?: number
  readonly successTtlMs?: number
  readonly failureTtlMs?: number
}

const RATE_LIMIT_COOLDOWN_MS = 60 * 60 * 1000

/**
 * Per-IP cache (successes for a day, failures for a few minutes), per-provider spacing that honours
 * each service's published limit, an hour's cool-down after a 429, and fall-through to the next
 * provider. Concurrent asks for the same IP share one request.
 */
export function createCrossCheck(deps: CrossCheckDeps): CrossCheck {
  const now = deps.now ?? Date.now
  const cacheSize = deps.cacheSize ?? 256
  const successTtl = deps.successTtlMs ?? 24 * 60 * 60 * 1000
  const failureTtl = deps.failureTtlMs ?? 5 * 60 * 1000
  const cache = new Map<string, { result: CrossCheckResult; expires: number }>()
  const inFlight = new Map<string, Promise<CrossCheckResult>>()
  const nextAllowed = new Map<string, number>()

  const remember = (ip: string, result: CrossCheckResult) => {
    cache.delete(ip)
    cache.set(ip, { result, expires: now() + (result.ok ? successTtl : failureTtl) })
    while (cache.size > cacheSize) cache.delete(cache.keys().next().value as string)
  }

  const ask = async (ip: string): Promise<CrossCheckResult> => {
    const reasons: string[] = []
    for (const provider of deps.providers) {
      if ((nextAllowed.get(provider.name) ?? 0) > now()) {
        reasons.push(`${provider.name}: waiting for its rate limit`)
        continue
      }
      nextAllowed.set(provider.name, now() + provider.minIntervalMs)
      const url = provider.url.replace('{ip}', encodeURIComponent(ip))
      const outcome = await fetchText(deps.fetch, url, {
        timeoutMs: deps.timeoutMs ?? 6000,
        maxBytes: 16_384,
        now,
      })
      if (!outcome.ok) {
        if (outcome.code === 'rate-limited')
          nextAllowed.set(provider.name, now() + RATE_LIMIT_COOLDOWN_MS)
        reasons.push(`${provider.name}: ${outcome.detail}`)
        continue
      }
      const answer = parseGeoBody(provider.parser, outcome.body, ip)
      if (answer.ok) return { ok: true, provider: provider.name, country: answer.country }
      if (answer.reason === 'rate-limited')
        nextAllowed.set(provider.name, now() + RATE_LIMIT_COOLDOWN_MS)
      reasons.push(`${provider.name}: ${answer.detail}`)
    }
    return { ok: false, provider: null, detail: reasons.join('; ') || 'no provider configured' }
  }

  return async (ip) => {
    const cached = cache.get(ip)
    if (cached && cached.expires > now()) return cached.result
    const pending = inFlight.get(ip)
    if (pending) return pending
    const request = ask(ip).then((result) => {
      remember(ip, result)
      inFlight.delete(ip)
      return result
    })
    inFlight.set(ip, request)
    return request
  }
}
