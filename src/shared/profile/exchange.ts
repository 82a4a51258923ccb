import { truncateOverlongBins } from './migrations'
import type { ProfileBook, CardProfile } from './schema'
import { profileError, validateProfile, type ProfileError } from './validate'

/** The documented export file (docs/cli-formats.md, "Profile"): plain JSON the user keeps. */
export interface ProfileExport {
  readonly format: 'paylight-profile-export'
  readonly schema: 2
  readonly exportedAt: string
  readonly activeId: string | null
  readonly profiles: readonly CardProfile[]
}

/** Builds the export file's content from the book. */
export function toExport(book: ProfileBook, now: number): ProfileExport {
  return {
    format: 'paylight-profile-export',
    schema: 2,
    exportedAt: new Date(now).toISOString(),
    activeId: book.activeId,
    profiles: book.profiles,
  }
}

/** What an import or a `--profile` file yielded. */
export type ExchangeResult =
  | {
      readonly ok: true
      readonly profiles: CardProfile[]
      readonly activeId: string | null
      /** Profiles whose stored BIN was longer than the number allows and was cut to 6 digits. */
      readonly shortenedBins: readonly string[]
    }
  | { readonly ok: false; readonly errors: ProfileError[] }

function prefixed(errors: readonly ProfileError[], prefix: string): ProfileError[] {
  return errors.map((e) => ({ ...e, path: e.path ? `${prefix}.${e.path}` : prefix }))
}

/**
 * Reads a profile file in any form PayLight writes or documents: an export file, a single profile
 * object, or the old `{ schema: 1, profile }`. An older file's 7–8-digit BIN that the BIN policy
 * no longer allows with the last 4 is cut to 6 digits first (and named in `shortenedBins`), as the
 * stored book's migration does; then every profile is validated and nothing partial is kept.
 */
export function parseProfileExchange(raw: unknown): ExchangeResult {
  const record =
    raw !== null && typeof raw === 'object' && !Array.isArray(raw)
      ? (raw as Record<string, unknown>)
      : null
  let candidates: unknown[]
  let activeId: string | null = null
  if (record?.format === 'paylight-profile-export' && Array.isArray(record.profiles)) {
    candidates = record.profiles.slice(0, 11)
    activeId = typeof record.activeId === 'string' ? record.activeId : null
  } else if (record?.schema === 1 && record.profile !== undefined) {
    candidates = [record.profile]
  } else {
    candidates = [raw]
  }
  if (candidates.length > 10)
    return {
      ok: false,
      errors: [profileError('profiles', 'too-many')],
    }
  const policed = truncateOverlongBins({ profiles: candidates }).profiles as unknown[]
  const shortenedBins = policed.flatMap((candidate, i) =>
    candidate !== candidates[i] ? [String((candidate as { id?: unknown }).id ?? i)] : [],
  )
  const profiles: CardProfile[] = []
  const errors: ProfileError[] = []
  policed.forEach((candidate, i) => {
    const result = validateProfile(candidate)
    if (result.ok) profiles.push(result.profile)
    else errors.push(...prefixed(result.errors, candidates.length > 1 ? `profiles.${i}` : ''))
  })
  if (errors.length > 0)
    return { ok: false, errors: errors.map((e) => ({ ...e, path: e.path.replace(/^\./, '') })) }
  if (profiles.length === 0)
    return {
      ok: false,
      errors: [profileError('', 'empty')],
    }
  return {
    ok: true,
    profiles,
    shortenedBins,
    activeId:
      activeId && profiles.some((p) => p.id === activeId) ? activeId : (profiles[0]?.id ?? null),
  }
}
