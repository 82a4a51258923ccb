import { countryName, type CountryCode, type Lang } from '../geo/country'
import { endTime } from './clock-time'
import { en, zh, type MessageKey } from './messages'

export type { MessageKey } from './messages'

/** A message in both languages, so the CLI's JSON and the window carry the same words. */
export interface Bilingual {
  readonly zh: string
  readonly en: string
}

/**
 * A placeholder's value: text or a number as is; a country (its name, no code: a sentence reads in
 * one language), a moment as seen from `from` ("14:20", "明天 14:20"), a message with its own
 * placeholders, or a list of values, in the reader's language.
 */
export type MessageParam =
  | string
  | number
  | { readonly country: CountryCode | null }
  | { readonly at: string; readonly from: number }
  | { readonly message: MessageKey; readonly params?: MessageParams }
  | { readonly list: readonly MessageParam[]; readonly by?: 'comma' | 'slash' | 'semicolon' }

/** The `{name}` placeholders of one message. */
export type MessageParams = Readonly<Record<string, MessageParam>>

const tables: Record<Lang, Readonly<Record<MessageKey, string>>> = { zh, en }

const separators: Record<Lang, Record<'comma' | 'slash' | 'semicolon', string>> = {
  zh: { comma: '、', slash: '/', semicolon: '；' },
  en: { comma: ', ', slash: '/', semicolon: '; ' },
}

function paramText(lang: Lang, value: MessageParam): string {
  if (typeof value !== 'object') return String(value)
  if ('country' in value)
    return value.country ? countryName(value.country, lang) : translate(lang, 'country.unknown')
  if ('at' in value) return endTime(value.at, value.from, lang)
  if ('list' in value)
    return value.list.map((v) => paramText(lang, v)).join(separators[lang][value.by ?? 'comma'])
  return translate(lang, value.message, value.params)
}

/** Fills `{name}` placeholders in the reader's language; a missing value stays visible, not blank. */
function fill(lang: Lang, template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    return value === undefined ? whole : paramText(lang, value)
  })
}

/** Looks a message up and fills its placeholders. */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return fill(lang, tables[lang][key], params)
}

/**
 * Reads a table that loads with its own page rather than with the first screen (the guide, the
 * decline look-up), with the same placeholders as {@link translate}.
 */
export function pageText<K extends string>(
  pageTables: Readonly<Record<Lang, Readonly<Record<K, string>>>>,
): (lang: Lang, key: K, params?: MessageParams) => string {
  return (lang, key, params = {}) => fill(lang, pageTables[lang][key], params)
}

/** Both languages at once, for data that travels as is (a finding, a profile error). */
export function bilingual(key: MessageKey, params: MessageParams = {}): Bilingual {
  return { zh: translate('zh', key, params), en: translate('en', key, params) }
}

/** zh* locales get Chinese; everything else English (docs/architecture.md, principle 5). */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^zh(?:[-_.@]|$)/i.test(locale) ? 'zh' : 'en'
}

/** "刚刚检查" under 10 s (never "0 秒前检查"), else "12 秒前检查" / "checked 3 min ago". */
export function checkedAgo(lang: Lang, ms: number): string {
  if (ms < 10_000) return translate(lang, 'checked.justNow')
  return translate(lang, 'checked.ago', { age: formatAge(lang, ms) })
}

/** "12 秒" / "3 min": the age of evidence in the largest sensible unit. */
export function formatAge(lang: Lang, ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000))
  if (seconds < 90) return translate(lang, 'age.seconds', { n: seconds })
  const minutes = Math.round(seconds / 60)
  if (minutes < 90) return translate(lang, 'age.minutes', { n: minutes })
  return translate(lang, 'age.hours', { n: Math.round(minutes / 60) })
}
