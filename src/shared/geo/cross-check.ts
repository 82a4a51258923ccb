import { fetchText, type FetchFailureCode, type FetchFn } from '../net/fetch-text'
import type { CountryCode } from './country'
import type { NetworkOwner } from '../network-owner/types'
import { parseGeoBody, type GeoProvider, type GeoRejection } from './geo-providers'
import { benchUntil } from './retry-after'

/** What happened when one provider was (or was not) asked. */
export type CrossCheckOutcome =
  | 'answered'
  /** Not asked: its own spacing between requests has not passed yet. */
  | 'spaced'
  /** Not asked: it rate-limited us earlier and is benched until `retryAt`. */
  | 'benched'
  /** Not asked: the check's deadline had passed. */
  | 'no-time'
  | FetchFailureCode
  | GeoRejection

/** One provider's part in a cross-check, kept in the result so no failure goes unrecorded. */
export interface CrossCheckAttempt {
  readonly provider: string
  readonly outcome: CrossCheckOutcome
  readonly detail: string
  /** Set when the provider is benched for a rate limit: when it may be asked again. */
  readonly retryAt?: string
}

/** One online witness to an IP's country, with the provider that gave it and every attempt made. */
export type CrossCheckResult =
  | {
      readonly ok: true
      readonly provider: string
      readonly country: CountryCode | null
      /** The network owner the provider named, when its answer carries one. */
      readonly owner?: NetworkOwner
      readonly attempts: readonly CrossCheckAttempt[]
    }
  | {
      readonly ok: false
      readonly provider: null
      readonly detail: string
      readonly attempts: readonly CrossCheckAttempt[]
    }

/** Looks an IP up online at most once per cache lifetime, within the caller's deadline (epoch ms). */
export type CrossCheck = (
  ip: string,
  options?: { readonly deadline?: number },
) => Promise<CrossCheckResult>

/** Dependencies of the cross-check, injected so tests run on fakes and a fake clock. */
export interface CrossCheckDeps {
  readonly fetch: FetchFn
  readonly providers: readonly GeoProvider[]
  readonly now?: () => number
  /** The whole look-up's time budget when the caller passes no deadline (all providers share it). */
  readonly timeoutMs?: number
  readonly cacheSize?: number
  readonly successTtlMs?: number
  readonly failureTtlMs?: number
}

// Below this, a request cannot finish; the provider is recorded as skipped for lack of time.
const MIN_REQUEST_MS = 100

/**
 * Per-IP cache (successes for a day, failures for a few minutes), per-provider spacing that honours
 * each service's published limit, a bench after a rate limit as long as `Retry-After` asks (an hour
 * without it, a day at most), and fall-through to the next provider — all within one deadline the
 * providers share. Every attempt is recorded in the result. Concurrent asks for one IP share a request.
 */
export function createCrossCheck(deps: CrossCheckDeps): CrossCheck {
  const now = deps.now ?? Date.now
  const cacheSize = deps.cacheSize ?? 256
  const successTtl = deps.successTtlMs ?? 24 * 60 * 60 * 1000
  const failureTtl = deps.failureTtlMs ?? 5 * 60 * 1000
  const cache = new Map<string, { result: CrossCheckResult; expires: number }>()
  const inFlight = new Map<string, Promise<CrossCheckResult>>()
  const nextAllowed = new Map<string, number>()
  const benched = new Map<string, number>()

  const remember = (ip: string, result: CrossCheckResult) => {
    cache.delete(ip)
    cache.set(ip, { result, expires: now() + (result.ok ? successTtl : failureTtl) })
    while (cache.size > cacheSize) cache.delete(cache.keys().next().value as string)
  }

  const bench = (provider: string, retryAfter: string | undefined): string => {
    const until = benchUntil(retryAfter, now())
    benched.set(provider, until)
    return new Date(until).toISOString()
  }

  type Asked = Omit<CrossCheckAttempt, 'provider'> & {
    readonly country?: CountryCode | null
    readonly owner?: NetworkOwner
  }
  const askOne = async (provider: GeoProvider, ip: string, budgetMs: number): Promise<Asked> => {
    nextAllowed.set(provider.name, now() + provider.minIntervalMs)
    const url = provider.url.replace('{ip}', encodeURIComponent(ip))
    const outcome = await fetchText(deps.fetch, url, { timeoutMs: budgetMs, maxBytes: 16_384, now })
    if (!outcome.ok) {
      const retryAt =
        outcome.code === 'rate-limited' ? bench(provider.name, outcome.retryAfter) : undefined
      return { outcome: outcome.code, detail: outcome.detail, ...(retryAt ? { retryAt } : {}) }
    }
    const answer = parseGeoBody(provider.parser, outcome.body, ip)
    if (answer.ok)
      return {
        outcome: 'answered',
        detail: '',
        country: answer.country,
        ...(answer.owner ? { owner: answer.owner } : {}),
      }
    const retryAt = answer.reason === 'rate-limited' ? bench(provider.name, undefined) : undefined
    return { outcome: answer.reason, detail: answer.detail, ...(retryAt ? { retryAt } : {}) }
  }

  const ask = async (ip: string, deadline: number): Promise<CrossCheckResult> => {
    const attempts: CrossCheckAttempt[] = []
    const skipped = (provider: GeoProvider): CrossCheckAttempt | null => {
      const until = benched.get(provider.name) ?? 0
      if (until > now()) {
        const retryAt = new Date(until).toISOString()
        return { provider: provider.name, outcome: 'benched', detail: `until ${retryAt}`, retryAt }
      }
      if ((nextAllowed.get(provider.name) ?? 0) > now())
        return { provider: provider.name, outcome: 'spaced', detail: 'waiting for its rate limit' }
      return null
    }
    const queue = deps.providers.filter((provider) => {
      const skip = skipped(provider)
      if (skip) attempts.push(skip)
      return !skip
    })
    for (const [index, provider] of queue.entries()) {
      const remaining = deadline - now()
      if (remaining < MIN_REQUEST_MS) {
        attempts.push({ provider: provider.name, outcome: 'no-time', detail: 'deadline passed' })
        continue
      }
      const share = Math.max(MIN_REQUEST_MS, Math.floor(remaining / (queue.length - index)))
      const { country, owner, ...attempt } = await askOne(provider, ip, share)
      attempts.push({ provider: provider.name, ...attempt })
      if (attempt.outcome === 'answered')
        return {
          ok: true,
          provider: provider.name,
          country: country ?? null,
          ...(owner ? { owner } : {}),
          attempts,
        }
    }
    const detail = attempts.map((a) => `${a.provider}: ${a.detail || a.outcome}`).join('; ')
    return { ok: false, provider: null, detail: detail || 'no provider configured', attempts }
  }

  return async (ip, options) => {
    const cached = cache.get(ip)
    if (cached && cached.expires > now()) return cached.result
    const pending = inFlight.get(ip)
    if (pending) return pending
    const deadline = options?.deadline ?? now() + (deps.timeoutMs ?? 8000)
    const request = ask(ip, deadline).then((result) => {
      remember(ip, result)
      inFlight.delete(ip)
      return result
    })
    inFlight.set(ip, request)
    return request
  }
}
