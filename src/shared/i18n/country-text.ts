import { countryName, type CountryCode, type Lang } from '../geo/country'
import { translate } from './translate'

/** "美国 US" / "United States US": name plus code so users can match it with other tools. */
export function countryLabel(code: CountryCode | null, lang: Lang): string {
  if (!code) return translate(lang, 'country.unknown')
  return `${countryName(code, lang)} ${code}`
}

/**
 * "104.28.41.17 美国": an exit as a sentence names it (the country's name only, in the reader's
 * language); "no exit" when there is no IP.
 */
export function exitPlace(ip: string | null, country: CountryCode | null, lang: Lang): string {
  if (!ip) return translate(lang, 'exit.nowhere')
  const place = country ? countryName(country, lang) : translate(lang, 'exit.countryUnknown')
  return `${ip} ${place}`
}
