// Dashes autocorrect and Chinese or Japanese input methods put where the ZIP+4 hyphen belongs:
// hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign, small and
// full-width hyphen-minus, the katakana long-vowel mark (ー, ｰ), and an underscore, dot or middle dot.
const dash = '[-\\u2010-\\u2015\\u2212\\ufe63\\uff0d\\u30fc\\uff70_.\\u00b7\\u30fb]'
const zipPattern = new RegExp(`^(\\d{5})(?:\\s*${dash}\\s*(\\d{4})|\\s?(\\d{4}))?$`)

/**
 * Normalises a US ZIP code as people type it: "90210", "90210-1234", "902101234" and
 * "90210 1234" all name real codes, and so do "97201–1234", "97201－1234", "97201ー1234",
 * "97201_1234", "９７２０１" and "97201 - 1234" (another dash, full-width digits, spaces around it); the issuer's records hold them as 90210 or 90210-1234.
 * Returns null for anything else, so a caller can flag the format instead of guessing.
 */
export function normalizeUsZip(text: string): string | null {
  // Full-width digits (９７２０１) read as the digits they are.
  const match = zipPattern.exec(text.normalize('NFKC').trim())
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
