import type { StorageResult } from '../../../shared/storage/kept-file-types'
import { readFile, writeFile } from 'node:fs/promises'
import { createLogger } from '../../../shared/util/logger'
import { parseProfileExchange, toExport } from '../../../shared/profile/exchange'
import { activeProfile } from '../../../shared/profile/active-profile'
import type { CardProfile, ProfileBook } from '../../../shared/profile/schema'
import { profileError, validateProfile, type ProfileError } from '../../../shared/profile/validate'
import type { StorageError } from '../../../shared/storage/kept-file-types'
import type { BinLookup } from '../../../node/bin-lookup'
import type { ProfileStore } from '../../../node/profile-store'

/** File choosers for export and import: Electron's dialogs in the app, fakes in tests. */
export interface FileChooser {
  readonly chooseExportFile: () => Promise<string | null>
  readonly chooseImportFile: () => Promise<string | null>
}

const log = createLogger('profiles')
const MAX_IMPORT_BYTES = 200_000
/**
 * The card profiles as the app uses them: validated on the way in, saved encrypted before the
 * in-memory copy changes (so a failed save loses nothing), exported and imported as JSON. The book
 * held is the store's own value, so a retry or a restore in the storage feature shows up here.
 */
export async function createProfileServices(
  store: ProfileStore,
  lookupBin: BinLookup,
  files: FileChooser,
  now: () => number,
  onChange: () => void,
  onSaveFailed: (error: StorageError) => void = () => undefined,
) {
  await store.load()
  const book = (): ProfileBook => store.value()

  /** Persists first; only a successful write replaces what the app holds. */
  const write = async (next: ProfileBook): Promise<StorageResult> => {
    const result = await store.save(next)
    if (!result.ok) {
      log.error('could not save profiles', { code: result.error.code })
      onSaveFailed(result.error)
      return result
    }
    onChange()
    return result
  }
  const commit = async (next: ProfileBook): Promise<boolean> => (await write(next)).ok

  const upsert = (
    current: ProfileBook,
    profiles: readonly CardProfile[],
    activeId: string | null,
  ): ProfileBook => {
    const merged = [
      ...current.profiles.filter((p) => !profiles.some((n) => n.id === p.id)),
      ...profiles,
    ]
    return { schema: 3, activeId: activeId ?? current.activeId, profiles: merged.slice(-10) }
  }

  return {
    active: () => activeProfile(book()),
    info: () => ({ book: book(), protection: store.protection() }),
    lookupBin,
    async save(
      input: unknown,
    ): Promise<{ ok: true } | { ok: false; errors: readonly ProfileError[] }> {
      const result = validateProfile(input)
      if (!result.ok) {
        // Codes and paths only: the refused input itself may hold card data and is never logged.
        log.info('profile refused', { problems: result.errors.map((e) => `${e.path}:${e.code}`) })
        return { ok: false, errors: result.errors }
      }
      const profile = { ...result.profile, updatedAt: new Date(now()).toISOString() }
      return (await commit(upsert(book(), [profile], profile.id)))
        ? { ok: true }
        : { ok: false, errors: [profileError('', 'save-failed')] }
    },
    async remove(id: string): Promise<StorageResult> {
      const current = book()
      const profiles = current.profiles.filter((p) => p.id !== id)
      return write({
        schema: 3,
        activeId: current.activeId === id ? (profiles[0]?.id ?? null) : current.activeId,
        profiles,
      })
    },
    async activate(id: string): Promise<StorageResult> {
      const current = book()
      if (!current.profiles.some((p) => p.id === id)) return { ok: true }
      return write({ ...current, activeId: id })
    },
    async exportTo(): Promise<
      { ok: true; file: string } | { ok: false; reason: 'cancelled' | 'failed'; detail?: string }
    > {
      const file = await files.chooseExportFile()
      if (!file) return { ok: false, reason: 'cancelled' }
      try {
        await writeFile(file, `${JSON.stringify(toExport(book(), now()), null, 2)}\n`, {
          mode: 0o600,
        })
        return { ok: true, file }
      } catch (error) {
        return { ok: false, reason: 'failed', detail: String(error) }
      }
    },
    async importFrom(): Promise<
      | { ok: true; imported: number; shortenedBins: readonly string[] }
      | {
          ok: false
          reason: 'cancelled' | 'invalid' | 'failed'
          errors?: readonly ProfileError[]
          detail?: string
        }
    > {
      const file = await files.chooseImportFile()
      if (!file) return { ok: false, reason: 'cancelled' }
      let raw: unknown
      try {
        const text = await readFile(file, 'utf8')
        if (text.length > MAX_IMPORT_BYTES)
          return { ok: false, reason: 'invalid', detail: 'file too large' }
        raw = JSON.parse(text.replace(/^\ufeff/, ''))
      } catch (error) {
        return {
          ok: false,
          reason: 'invalid',
          detail: error instanceof SyntaxError ? 'not JSON' : String(error),
        }
      }
      const parsed = parseProfileExchange(raw)
      if (!parsed.ok) return { ok: false, reason: 'invalid', errors: parsed.errors }
      if (!(await commit(upsert(book(), parsed.profiles, parsed.activeId))))
        return { ok: false, reason: 'failed', errors: [profileError('', 'save-failed')] }
      return { ok: true, imported: parsed.profiles.length, shortenedBins: parsed.shortenedBins }
    },
  }
}

/** The profile services' shape. */
export type ProfileServices = Awaited<ReturnType<typeof createProfileServices>>
