import { postcodeValidator, postcodeValidatorExistsForCountry } from 'postcode-validator'
import { caPostalLetterProvinces } from './regions'
import { usZipOverrides, usZipPrefixStates } from './postal-regions.generated'
import { usTerritories } from './us-territories'
import { normalizeUsZip } from './us-zip'
import { usZipStraddles } from './zip-straddles'

const parseTable = (encoded: string): ReadonlyMap<string, readonly string[]> =>
  new Map(
    encoded
      .split(' ')
      .filter(Boolean)
      .map((entry) => {
        const [key = '', states = ''] = entry.split(':')
        return [key, states.split('/')] as const
      }),
  )

const usPrefixTable = parseTable(usZipPrefixStates)
const usZipTable = parseTable(usZipOverrides)

/** What is wrong with a postal code, if anything. */
export type PostalProblem =
  | { readonly kind: 'format'; readonly country: string }
  | {
      readonly kind: 'region-mismatch'
      readonly expected: readonly string[]
      readonly state: string
    }

/** Whether we know this country's postal code format. */
export function hasPostalFormat(country: string): boolean {
  return postcodeValidatorExistsForCountry(country)
}

/**
 * The postal code in the form the issuer keeps: US ZIP+4 typed without the hyphen or with a space
 * becomes 90210-1234; other countries' codes are read with full-width characters as their plain
 * form (Ｍ５Ｖ → M5V) and trimmed.
 */
export function normalizePostalCode(country: string, postalCode: string): string {
  const us = country === 'US' || usTerritories.has(country)
  return (us ? normalizeUsZip(postalCode) : null) ?? postalCode.normalize('NFKC').trim()
}

/** The states a US ZIP or the provinces a Canadian postal code can belong to; null when unknown. */
export function regionsForPostalCode(
  country: string,
  postalCode: string,
): readonly string[] | null {
  const code = normalizePostalCode(country, postalCode).toUpperCase()
  // A US territory typed as the country keeps its USPS ZIP codes.
  if (country === 'US' || usTerritories.has(country))
    return usZipTable.get(code.slice(0, 5)) ?? usPrefixTable.get(code.slice(0, 3)) ?? null
  if (country === 'CA') return caPostalLetterProvinces[code.charAt(0)] ?? null
  return null
}

/**
 * Checks the postal code's format for the country (postcode-validator) and, for the US and Canada,
 * that it belongs to the state or province: issuers compare the ZIP with the address on file.
 */
export function checkPostalCode(
  country: string,
  postalCode: string,
  stateCode: string | null,
): PostalProblem | null {
  const code = normalizePostalCode(country, postalCode)
  if (hasPostalFormat(country) && !postcodeValidator(code, country))
    return { kind: 'format', country }
  if (!stateCode) return null
  const expected = regionsForPostalCode(country, code)
  if (expected && !expected.includes(stateCode))
    return { kind: 'region-mismatch', expected, state: stateCode }
  return null
}

/** How a US ZIP and a state fit: "straddles" when a known cross-state ZIP explains a mismatch. */
export type ZipStateFit = 'match' | 'straddles' | 'mismatch' | 'unknown'

/**
 * Tells a ZIP/state mismatch that a straddling delivery area explains (a warning at most) from a
 * real one (the issuer's ZIP check will fail). Unknown for a malformed ZIP or an uncharted prefix.
 */
export function zipStateFit(postalCode: string, stateCode: string): ZipStateFit {
  const zip = normalizeUsZip(postalCode)?.slice(0, 5)
  const expected = zip ? regionsForPostalCode('US', zip) : null
  if (!zip || !expected) return 'unknown'
  if (expected.includes(stateCode)) return 'match'
  return usZipStraddles.get(zip)?.states.includes(stateCode) ? 'straddles' : 'mismatch'
}
