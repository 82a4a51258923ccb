// Dashes autocorrect and Chinese input methods put where the ZIP+4 hyphen belongs: hyphen,
// non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign, small and
// full-width hyphen-minus.
const dash = '[-\\u2010-\\u2015\\u2212\\ufe63\\uff0d]'
const zipPattern = new RegExp(`^(\\d{5})(?:\\s*${dash}\\s*(\\d{4})|\\s?(\\d{4}))?$`)

/**
 * Normalises a US ZIP code as people type it: "90210", "90210-1234", "902101234" and
 * "90210 1234" all name real codes, and so do "97201–1234", "97201－1234" and "97201 - 1234"
 * (another dash, or spaces around it); the issuer's records hold them as 90210 or 90210-1234.
 * Returns null for anything else, so a caller can flag the format instead of guessing.
 */
export function normalizeUsZip(text: string): string | null {
  const match = zipPattern.exec(text.trim())
  if (!match) return null
  const plus4 = match[2] ?? match[3]
  return plus4 ? `${match[1]}-${plus4}` : (match[1] ?? null)
}

/**
 * Whether a ZIP was typed with a separator a checkout may refuse (a dash other than "-", or
 * spaces around it): it is read all the same, and the user is told to type the plain form.
 */
export function zipNeedsRetyping(text: string): boolean {
  const typed = text.trim()
  const plain = normalizeUsZip(typed)
  return plain !== null && /\s|[^\d-]/.test(typed) && !/^\d{5} \d{4}$/.test(typed)
}
