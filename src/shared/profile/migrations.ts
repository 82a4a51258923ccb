/** The profile book's current schema version. */
export const currentBookSchema = 2

type Migration = (data: Record<string, unknown>) => Record<string, unknown>

/**
 * One step per version. Version 1 held a single profile (`{ schema: 1, profile }`); version 2
 * holds several and which one is active.
 */
const migrations: Record<number, Migration> = {
  1: (data) => {
    const profile = data.profile as { id?: unknown } | undefined
    return {
      schema: 2,
      activeId: typeof profile?.id === 'string' ? profile.id : null,
      profiles: profile ? [profile] : [],
    }
  },
}

/** Brings stored data up to the current schema; null for a newer or unknown version (never guessed). */
export function migrateBook(raw: unknown): Record<string, unknown> | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null
  let data = raw as Record<string, unknown>
  for (;;) {
    const version = data.schema
    if (version === currentBookSchema) return data
    const step = typeof version === 'number' ? migrations[version] : undefined
    if (!step) return null
    data = step(data)
  }
}
