// Countries where a checkout may leave the postal code empty. Compiled by hand (2026-11) from
// Google's libaddressinput address metadata (countries whose format has no postal code, or does not
// list it as required: https://chromium-i18n.appspot.com/ssl-address/data) and the Universal Postal
// Union's addressing pages on which member countries run a postcode system.
// postcode-validator knows formats for some of these (IE, PA, NG, CO, CL), which is why an empty
// code there must not read as a format error.

// No postcode system in use: issuers keep no postal code, so an empty field is right.
const noPostalCode =
  'AE AG AO AW BF BI BJ BO BS BW BZ CD CF CG CI CK CM DJ DM ER FJ GA GD GH GM GQ GY HK JM KI ' +
  'KM KN LC LY ML MO MR MW NR NU QA RW SB SC SL SR ST SY TD TG TK TL TO TT TV UG VU YE ZW'

// A postcode system exists but is optional in checkouts and often missing from the issuer's record.
const optionalPostalCode = 'IE PA NG CO CL'

/** How much a country's checkouts need a postal code: why an empty one is red in the US, not in Ireland. */
export type PostalNeed = 'required' | 'optional' | 'none'

const needs: ReadonlyMap<string, PostalNeed> = new Map([
  ...noPostalCode.split(' ').map((c) => [c, 'none'] as const),
  ...optionalPostalCode.split(' ').map((c) => [c, 'optional'] as const),
])

/** Whether a checkout needs a postal code for this country; required unless listed above. */
export function postalNeed(country: string): PostalNeed {
  return needs.get(country) ?? 'required'
}
