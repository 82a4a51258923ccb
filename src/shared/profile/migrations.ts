import { enforceBinPolicy } from './bin-policy'

/** The profile book's current schema version. */
export const currentBookSchema = 3

type Migration = (data: Record<string, unknown>) => Record<string, unknown>

function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null
}

/**
 * Version 2 → 3: a stored 7–8-digit BIN kept with the last 4 is cut to 6 digits where the brand
 * allows numbers shorter than 16 digits (BIN 8 + last 4, or 8 alone for such a brand, says too much). Anything that
 * is not a well-formed card is left for the schema to refuse, never guessed at.
 */
export function truncateOverlongBins(data: Record<string, unknown>): Record<string, unknown> {
  const profiles = Array.isArray(data.profiles) ? data.profiles : []
  return {
    ...data,
    schema: 3,
    profiles: profiles.map((raw: unknown) => {
      const profile = asRecord(raw)
      const card = asRecord(profile?.card)
      if (!profile || !card || typeof card.bin !== 'string' || !/^\d{7,8}$/.test(card.bin))
        return raw
      const last4 = typeof card.last4 === 'string' ? card.last4 : null
      const kept = enforceBinPolicy({ bin: card.bin, last4 })
      return kept.bin === card.bin ? raw : { ...profile, card: { ...card, bin: kept.bin } }
    }),
  }
}

/**
 * One step per version. Version 1 held a single profile (`{ schema: 1, profile }`); version 2
 * holds several and which one is active; version 3 keeps no BIN longer than the number allows.
 */
export const bookMigrations: Readonly<Record<number, Migration>> = {
  1: (data) => {
    const profile = data.profile as { id?: unknown } | undefined
    return {
      schema: 2,
      activeId: typeof profile?.id === 'string' ? profile.id : null,
      profiles: profile ? [profile] : [],
    }
  },
  2: truncateOverlongBins,
}

/**
 * Brings stored data up to `target` (the current schema unless a test asks for another); null for
 * a newer or unknown version (never guessed).
 */
export function migrateBook(
  raw: unknown,
  target: number = currentBookSchema,
): Record<string, unknown> | null {
  let data = asRecord(raw)
  while (data) {
    const version = data.schema
    if (version === target) return data
    const step =
      typeof version === 'number' && version < target ? bookMigrations[version] : undefined
    if (!step) return null
    data = step(data)
  }
  return null
}
