import type { Lang } from '../country'
import { translate } from '../i18n/translate'

/** "17 小时" / "3 h 20 min" / "5 min": a countdown or a stretch, rounded up to the minute. */
export function formatDuration(lang: Lang, ms: number): string {
  const minutes = Math.max(0, Math.ceil(ms / 60_000))
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  if (h === 0) return translate(lang, 'duration.m', { m })
  if (m === 0 || h >= 10) return translate(lang, 'duration.h', { h: m === 0 ? h : h + 1 })
  return translate(lang, 'duration.hm', { h, m })
}
