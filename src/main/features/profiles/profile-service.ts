import { readFile, writeFile } from 'node:fs/promises'
import { createLogger } from '../../../shared/util/logger'
import { parseProfileExchange, toExport } from '../../../shared/profile/exchange'
import { activeProfile } from '../../../shared/profile/active-profile'
import type { CardProfile, ProfileBook } from '../../../shared/profile/schema'
import { profileError, validateProfile, type ProfileError } from '../../../shared/profile/validate'
import type { StorageError, StorageResult } from '../../../shared/storage/kept-file-types'
import type { BinLookup } from '../../../node/bin-lookup'
import { createQueue } from '../../../node/kept-fs'
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
 * Reading the file starts at once but is not waited for: decrypting may wait on a keychain prompt
 * for as long as the user leaves it, and the tray and the checks must not. Until it is read,
 * `loading()` is true, and every change waits for it — an empty book never replaces the file.
 */
export function createProfileServices(
  store: ProfileStore,
  lookupBin: BinLookup,
  files: FileChooser,
  now: () => number,
  onChange: () => void,
  onSaveFailed: (error: StorageError) => void = () => undefined,
) {
  let loading = true
  const loaded: Promise<void> = store
    .load()
    .then(
      () => undefined,
      (error: unknown) => log.error('profiles could not be read', { error: String(error) }),
    )
    .finally(() => {
      loading = false
      onChange()
    })
  const book = (): ProfileBook => store.value()

  const changes = createQueue()
  /**
   * Persists first; only a successful write replaces what the app holds. Changes run one at a
   * time, after the file was read, each on the book as it stands then (null: nothing to write).
   */
  const commit = (change: (current: ProfileBook) => ProfileBook | null): Promise<StorageResult> =>
    changes(async () => {
      await loaded
      const next = change(book())
      return next === null ? { ok: true } : write(next)
    })
  const committed = async (change: (current: ProfileBook) => ProfileBook | null) =>
    (await commit(change)).ok
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
    /** Resolves once the file was read (or found unreadable or locked). */
    loaded,
    loading: (): boolean => loading,
    active: () => activeProfile(book()),
    info: () => ({ book: book(), protection: store.protection(), loading }),
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
      return (await committed((current) => upsert(current, [profile], profile.id)))
        ? { ok: true }
        : { ok: false, errors: [profileError('', 'save-failed')] }
    },
    async remove(id: string): Promise<StorageResult> {
      return commit((current) => {
        const profiles = current.profiles.filter((p) => p.id !== id)
        return {
          schema: 3,
          activeId: current.activeId === id ? (profiles[0]?.id ?? null) : current.activeId,
          profiles,
        }
      })
    },
    async activate(id: string): Promise<StorageResult> {
      return commit((current) =>
        current.profiles.some((p) => p.id === id) ? { ...current, activeId: id } : null,
      )
    },
    async exportTo(): Promise<
      { ok: true; file: string } | { ok: false; reason: 'cancelled' | 'failed'; detail?: string }
    > {
      const file = await files.chooseExportFile()
      if (!file) return { ok: false, reason: 'cancelled' }
      await loaded
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
      if (!(await committed((current) => upsert(current, parsed.profiles, parsed.activeId))))
        return { ok: false, reason: 'failed', errors: [profileError('', 'save-failed')] }
      return { ok: true, imported: parsed.profiles.length, shortenedBins: parsed.shortenedBins }
    },
  }
}

/** The profile services' shape. */
export type ProfileServices = ReturnType<typeof createProfileServices>
