import type { ProfileBook } from '../../../shared/profile/schema'
import type { StorageError, StorageResult } from '../../../shared/storage/kept-file-types'
import { createLogger } from '../../../shared/util/logger'
import { createQueue } from '../../../node/kept-fs'
import type { ProfileStore } from '../../../node/profile-store'

const log = createLogger('profiles')

/**
 * The book of profiles as the feature changes it. The file is read (and decrypted, maybe after a
 * keychain prompt the user leaves open) in the background: `loading` meanwhile, `loaded` once
 * done. Changes run one at a time, after the file was read, each on the book as it stands then —
 * an empty book never replaces the file — and each is saved before the app holds it, so a failed
 * save loses nothing.
 */
export function createProfileBook(deps: {
  readonly store: ProfileStore
  readonly onChange: () => void
  /** A save failed: the storage feature says in the window why nothing changed. */
  readonly report: (name: string, error: StorageError) => void
}) {
  const { store } = deps
  let loading = true
  const loaded: Promise<void> = store
    .load()
    .then(
      () => undefined,
      (error: unknown) => log.error('profiles could not be read', { error: String(error) }),
    )
    .finally(() => {
      loading = false
      deps.onChange()
    })
  const book = (): ProfileBook => store.value()
  const write = async (next: ProfileBook): Promise<StorageResult> => {
    const result = await store.save(next)
    if (!result.ok) {
      log.error('could not save profiles', { code: result.error.code })
      deps.report(store.info().name, result.error)
      return result
    }
    deps.onChange()
    return result
  }
  const changes = createQueue()
  /** Saves what `make` makes of the current book (null: nothing to save). */
  const change = (make: (current: ProfileBook) => ProfileBook | null) =>
    changes(async (): Promise<StorageResult> => {
      await loaded
      const next = make(book())
      return next === null ? { ok: true } : write(next)
    })
  return {
    book,
    loaded,
    loading: (): boolean => loading,
    change,
    /** As `change`, true when saved. */
    commit: async (make: (current: ProfileBook) => ProfileBook) => (await change(make)).ok,
  }
}
