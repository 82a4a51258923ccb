import { postcodeValidator, postcodeValidatorExistsForCountry } from 'postcode-validator'
import { caPostalLetterProvinces } from './regions'
import { usZipPrefixStates } from './postal-regions.generated'

const usPrefixTable: ReadonlyMap<string, readonly string[]> = new Map(
  usZipPrefixStates.split(' ').map((entry) => {
    const [prefix = '', states = ''] = entry.split(':')
    return [prefix, states.split('/')] as const
  }),
)

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

/** The states a US ZIP or the provinces a Canadian postal code can belong to; null when unknown. */
export function regionsForPostalCode(
  country: string,
  postalCode: string,
): readonly string[] | null {
  const code = postalCode.trim().toUpperCase()
  if (country === 'US') return usPrefixTable.get(code.slice(0, 3)) ?? null
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
  const code = postalCode.trim()
  if (hasPostalFormat(country) && !postcodeValidator(code, country))
    return { kind: 'format', country }
  if (!stateCode) return null
  const expected = regionsForPostalCode(country, code)
  if (expected && !expected.includes(stateCode))
    return { kind: 'region-mismatch', expected, state: stateCode }
  return null
}
