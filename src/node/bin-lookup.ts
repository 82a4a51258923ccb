import { fetchText, type FetchFn } from '../shared/net/fetch-text'
import { binPattern } from '../shared/profile/profile-fields'
import { parseBinlist, type BinFacts, type BinLookupResult } from '../shared/profile/binlist'

/** Dependencies of the look-up: the fetch (net.fetch in the app) and the clock. */
export interface BinLookupDeps {
  readonly fetch: FetchFn
  readonly now: () => number
  readonly baseUrl?: string
  readonly perHour?: number
}

const HOUR_MS = 60 * 60_000

/**
 * binlist.net, once per new BIN: answers are cached for the session, at most five requests go out in
 * any hour (the service's limit), and a 429 pauses asking for an hour.
 */
export function createBinLookup(deps: BinLookupDeps) {
  const baseUrl = deps.baseUrl ?? 'https://lookup.binlist.net/'
  const perHour = deps.perHour ?? 5
  const cache = new Map<string, BinFacts>()
  let sent: number[] = []
  let blockedUntil = 0

  return async (bin: string): Promise<BinLookupResult> => {
    if (!binPattern.test(bin))
      return { ok: false, reason: 'invalid-bin', retryAt: null, detail: 'a BIN is 6–8 digits' }
    const cached = cache.get(bin)
    if (cached) return { ok: true, facts: cached, cached: true }
    const now = deps.now()
    sent = sent.filter((t) => now - t < HOUR_MS)
    if (blockedUntil > now || sent.length >= perHour) {
      const retry = Math.max(blockedUntil, (sent[0] ?? now) + HOUR_MS)
      return {
        ok: false,
        reason: 'rate-limited',
        retryAt: new Date(retry).toISOString(),
        detail: 'binlist.net allows 5 look-ups an hour',
      }
    }
    sent.push(now)
    const outcome = await fetchText(deps.fetch, `${baseUrl}${bin}`, {
      timeoutMs: 8000,
      maxBytes: 8192,
      headers: { 'accept-version': '3', accept: 'application/json' },
      now: deps.now,
    })
    if (!outcome.ok) {
      if (outcome.code === 'rate-limited') {
        blockedUntil = now + HOUR_MS
        return {
          ok: false,
          reason: 'rate-limited',
          retryAt: new Date(blockedUntil).toISOString(),
          detail: outcome.detail,
        }
      }
      return {
        ok: false,
        reason: 'failed',
        retryAt: null,
        detail: outcome.status === 404 ? 'BIN not found' : outcome.detail,
      }
    }
    const parsed = parseBinlist(outcome.body, bin)
    if (!parsed.ok) return { ok: false, reason: 'failed', retryAt: null, detail: parsed.detail }
    cache.set(bin, parsed.facts)
    return { ok: true, facts: parsed.facts, cached: false }
  }
}

/** The look-up's shape, for injection. */
export type BinLookup = ReturnType<typeof createBinLookup>
