/**
 * The US territories card networks treat as domestic US: Puerto Rico, Guam, the US Virgin Islands,
 * American Samoa, the Northern Mariana Islands and the Minor Outlying Islands. They have ISO codes
 * of their own, but USPS ZIP codes and US-issued cards, so a Puerto Rico address, card or exit is
 * "the US" in every comparison.
 */
export const usTerritories: ReadonlySet<string> = new Set(['PR', 'GU', 'VI', 'AS', 'MP', 'UM'])

/** The country a comparison should see: a US territory counts as the US, anything else as itself. */
export function comparableCountry<T extends string | null>(code: T): T | 'US' {
  return code !== null && usTerritories.has(code) ? 'US' : code
}

/** Whether two countries are the same for a payment check (a US territory and the US are). */
export function sameCountry(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && comparableCountry(a) === comparableCountry(b)
}
