// The core only: the package's Node entry would register all ~80 locales (~300 ms at start-up).
import countries from 'i18n-iso-countries/index'
import en from 'i18n-iso-countries/langs/en.json'
import zh from 'i18n-iso-countries/langs/zh.json'

countries.registerLocale(en)
countries.registerLocale(zh)

const knownCodes: ReadonlySet<string> = new Set(Object.keys(countries.getAlpha2Codes()))

/** An ISO 3166-1 alpha-2 code that names a real country; anything else is "unknown". */
export type CountryCode = string & { readonly __brand: 'CountryCode' }

/** UI languages PayLight speaks. */
export type Lang = 'zh' | 'en'

/**
 * Turns a provider's country field into a code, or null when it is not a real country
 * (Cloudflare's `XX` unknown and `T1` Tor, empty strings, names, non-ASCII text). Lower-case ASCII
 * is upper-cased; only ASCII letters are case-mapped, because Unicode case mapping turns other
 * text into codes (`ß` → `SS`, `ſe` → `SE`, `ıd` → `ID`).
 */
export function toCountryCode(value: unknown): CountryCode | null {
  if (typeof value !== 'string') return null
  const trimmed = value.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '')
  if (!/^[A-Za-z]{2}$/.test(trimmed)) return null
  const code = trimmed.toUpperCase()
  return knownCodes.has(code) ? (code as CountryCode) : null
}

// English as people say it ("United States", "China"), from the runtime's CLDR data; the
// library's English names are the official ones ("United States"). Made on first use: building
// it loads the runtime's region data (18–90 ms in a cold window), which a Chinese screen never needs.
let englishNames: Intl.DisplayNames | null = null
const englishName = (code: CountryCode): string | undefined =>
  (englishNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })).of(code)

// Names already looked up: every verdict names the same few countries, in both languages.
const names = new Map<string, string>()

/** Country name for display in the user's language, falling back to the code itself. */
export function countryName(code: CountryCode, lang: Lang): string {
  const key = `${lang}${code}`
  let name = names.get(key)
  if (name === undefined) {
    name =
      lang === 'en'
        ? (englishName(code) ?? countries.getName(code, 'en') ?? code)
        : (countries.getName(code, 'zh') ?? code)
    names.set(key, name)
  }
  return name
}

/** Every known country, for searchable pickers. */
export function allCountryCodes(): readonly CountryCode[] {
  return Object.keys(countries.getAlpha2Codes()) as CountryCode[]
}
