import type { Lang } from '../geo/country'
import { localeTag } from './locale-tag'

/**
 * "12:04": the local time of day of an ISO instant, 24-hour in both languages, for labels like
 * "from 12:04, not current" where a date would be noise.
 */
export function clockTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(localeTag(lang), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso))
}

const DAY_MS = 24 * 60 * 60_000

/** The local calendar day of an instant, as a number that grows by one a day. */
function localDay(ms: number): number {
  const d = new Date(ms)
  return Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY_MS)
}

/**
 * "14:20", "明天 14:20" / "tomorrow 14:20", "12月9日 14:20" / "9 Dec 14:20": when something ends,
 * as seen from `now` — the day only when it is not today, so "等到 14:20 再试" never means the
 * wrong 14:20.
 */
export function endTime(iso: string, now: number, lang: Lang): string {
  const time = clockTime(iso, lang)
  const days = localDay(Date.parse(iso)) - localDay(now)
  if (days === 0) return time
  if (days === 1) return lang === 'zh' ? `明天 ${time}` : `tomorrow ${time}`
  const date = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    month: lang === 'zh' ? 'numeric' : 'short',
    day: 'numeric',
  }).format(new Date(iso))
  return `${date} ${time}`
}
