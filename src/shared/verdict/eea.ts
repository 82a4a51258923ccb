/** The European Economic Area: the EU 27 plus Iceland, Liechtenstein and Norway. */
export const eeaCountries: ReadonlySet<string> = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
])

/**
 * Cards issued in one EEA country to residents of another are common and legitimate (e-money and
 * neobank cards), so a card-country mismatch inside the EEA is a warning, not a stop.
 */
export function bothInEea(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && eeaCountries.has(a) && eeaCountries.has(b)
}
