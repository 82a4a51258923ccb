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
