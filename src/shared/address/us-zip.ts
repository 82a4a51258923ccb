/**
 * Normalises a US ZIP code as people type it: "90210", "90210-1234", "902101234" and
 * "90210 1234" all name real codes; the issuer's records hold them as 90210 or 90210-1234.
 * Returns null for anything else, so a caller can flag the format instead of guessing.
 */
export function normalizeUsZip(text: string): string | null {
  const match = /^(\d{5})(?:[-\s]?(\d{4}))?$/.exec(text.trim())
  if (!match) return null
  return match[2] ? `${match[1]}-${match[2]}` : (match[1] ?? null)
}
