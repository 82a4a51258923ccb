import type { Lang } from '../geo/country'

/**
 * The BCP 47 tag for one of PayLight's two languages, for `Intl` formatting, `localeCompare` and
 * `lang` attributes: zh-CN (the messages are Simplified Chinese) and plain en. PayLight knows the
 * language, not the reader's region, so English claims none; CLDR's defaults for en then format
 * dates as en-US does.
 */
export function localeTag(lang: Lang): 'zh-CN' | 'en' {
  return lang === 'zh' ? 'zh-CN' : 'en'
}

/** The language not in use: the switch offers it, the country picker shows names in it too. */
export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh'
}

/** A list in running text: "OpenAI、Anthropic" in Chinese, "OpenAI, Anthropic" in English. */
export function listText(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(localeTag(lang), { type: 'conjunction', style: 'narrow' }).format(
    items,
  )
}
