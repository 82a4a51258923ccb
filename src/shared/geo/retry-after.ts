/** How long a provider is left alone after a rate limit that did not say when to come back. */
export const DEFAULT_BENCH_MS = 60 * 60 * 1000
/** The longest bench any answer can ask for: a hostile or broken header cannot silence a provider for good. */
export const MAX_BENCH_MS = 24 * 60 * 60 * 1000

/**
 * When a rate-limited provider may be asked again: `Retry-After` as seconds or as an HTTP date,
 * an hour when it is missing or unreadable, never more than a day and never in the past.
 */
export function benchUntil(retryAfter: string | null | undefined, now: number): number {
  const value = (retryAfter ?? '').trim()
  let waitMs = DEFAULT_BENCH_MS
  if (/^\d{1,10}$/.test(value)) waitMs = Number(value) * 1000
  else if (value !== '') {
    const at = Date.parse(value)
    if (Number.isFinite(at)) waitMs = at - now
  }
  return now + Math.min(MAX_BENCH_MS, Math.max(0, waitMs))
}
