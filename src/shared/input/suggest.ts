import countries from 'i18n-iso-countries/index'
import { distance } from 'fastest-levenshtein'
import { toCountryCode, type CountryCode } from '../geo/country'

// Names other forms and APIs use for our fields (compared squashed: lower case, no `_`/`-`/spaces).
const keyAliases: Readonly<Partial<Record<string, string>>> = {
  zip: 'postalCode',
  zipcode: 'postalCode',
  postal: 'postalCode',
  postcode: 'postalCode',
  statecode: 'state',
  province: 'state',
  region: 'state',
  town: 'city',
  address: 'line1',
  address1: 'line1',
  addressline1: 'line1',
  street: 'line1',
  address2: 'line2',
  addressline2: 'line2',
  countrycode: 'country',
  issuer: 'bank',
  cardtype: 'funding',
  expmonth: 'expiryMonth',
  expyear: 'expiryYear',
  iin: 'bin',
}

// Codes people type for a country that ISO spells otherwise.
const countryAliases: Readonly<Partial<Record<string, string>>> = { UK: 'GB', EL: 'GR', EN: 'GB' }

// User input names the key: only the tables' own entries count, never `constructor` or `__proto__`.
const own = (table: Readonly<Partial<Record<string, string>>>, key: string): string | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined

const squash = (key: string): string => key.toLowerCase().replace(/[^a-z0-9]/g, '')

/**
 * The known field a mistyped one most likely meant (`postal` → `postalCode`, `state_code` →
 * `state`), or null: a wrong field is refused, and the refusal should say how to fix it. A curated
 * alias, the same letters in another case or separator style, or an edit distance of at most 2.
 */
export function suggestKey(key: string, known: readonly string[]): string | null {
  const byName = new Map(known.map((name) => [squash(name), name]))
  const typed = squash(key)
  const direct = byName.get(typed) ?? byName.get(squash(own(keyAliases, typed) ?? ''))
  if (direct !== undefined) return direct
  if (typed.length < 3) return null
  let best: string | null = null
  let bestDistance = 3
  for (const [name, original] of byName) {
    const d = distance(typed, name)
    if (d < bestDistance) [best, bestDistance] = [original, d]
  }
  return best
}

/** The country code meant by a wrong one (`UK` → `GB`) or by a name (`China`, `中国`), or null. */
export function suggestCountry(value: unknown): CountryCode | null {
  if (typeof value !== 'string' || value.length > 60) return null
  const trimmed = value.trim()
  const alias = own(countryAliases, trimmed.toUpperCase())
  if (alias) return toCountryCode(alias)
  const byName = countries.getAlpha2Code(trimmed, 'en') ?? countries.getAlpha2Code(trimmed, 'zh')
  return toCountryCode(byName)
}
