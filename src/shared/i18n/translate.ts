import type { Lang } from '../country'
import { en } from './en'
import { zh, type MessageKey } from './zh'

export type { MessageKey } from './zh'

const tables: Record<Lang, Record<MessageKey, string>> = { zh, en }

/** Looks a message up and fills `{name}` placeholders; a missing value stays visible, not blank. */
export function translate(
  lang: Lang,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return tables[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    return value === undefined ? whole : String(value)
  })
}

/** zh* locales get Chinese; everything else English (DESIGN principle 5). */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^zh(?:[-_.@]|$)/i.test(locale) ? 'zh' : 'en'
}

/** "12 秒" / "3 min": the age of evidence in the largest sensible unit. */
export function formatAge(lang: Lang, ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000))
  if (seconds < 90) return translate(lang, 'age.seconds', { n: seconds })
  const minutes = Math.round(seconds / 60)
  if (minutes < 90) return translate(lang, 'age.minutes', { n: minutes })
  return translate(lang, 'age.hours', { n: Math.round(minutes / 60) })
}
