import type { Lang } from '../geo/country'
import { translate, type MessageKey, type MessageParams } from '../i18n/translate'

const MINUTE = 60_000

/**
 * How a stretch is rounded to the minute: a countdown rounds up (never promises less waiting than
 * is left), time already spent rounds down (so spent + left never adds up to more than the whole).
 */
export type Rounding = 'up' | 'down'

/** Whole minutes in `ms`, rounded as asked (never negative). */
export function wholeMinutes(ms: number, rounding: Rounding): number {
  const minutes = rounding === 'up' ? Math.ceil(ms / MINUTE) : Math.floor(ms / MINUTE)
  return Math.max(0, minutes)
}

/** A duration as a message and its numbers, so a bilingual finding can carry it as a parameter. */
export function durationMessage(
  ms: number,
  rounding: Rounding = 'up',
): { readonly message: MessageKey; readonly params: MessageParams } {
  if (ms < MINUTE && (rounding === 'down' || ms > 0))
    return { message: 'duration.under-minute', params: {} }
  const minutes = wholeMinutes(ms, rounding)
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  if (h === 0) return { message: 'duration.m', params: { m } }
  if (m === 0) return { message: 'duration.h', params: { h } }
  if (h >= 10) return { message: 'duration.h', params: { h: rounding === 'up' ? h + 1 : h } }
  return { message: 'duration.hm', params: { h, m } }
}

/**
 * "17 小时" / "3 h 20 min" / "5 min" / "不到 1 分钟": a countdown (rounded up) or a stretch already
 * spent (`'down'`). Anything under a minute says so rather than "1 分钟" or "0 分钟".
 */
export function formatDuration(lang: Lang, ms: number, rounding: Rounding = 'up'): string {
  const { message, params } = durationMessage(ms, rounding)
  return translate(lang, message, params)
}

/** A watched session's clock: time spent rounded down, time left (deadline − now) rounded up. */
export function sessionClock(
  lang: Lang,
  startedAt: string,
  deadline: string,
  now: number,
): { readonly elapsed: string; readonly left: string } {
  const start = Date.parse(startedAt)
  const end = Date.parse(deadline)
  const at = Math.min(Math.max(now, start), end)
  return {
    elapsed: formatDuration(lang, at - start, 'down'),
    left: formatDuration(lang, end - at, 'up'),
  }
}
