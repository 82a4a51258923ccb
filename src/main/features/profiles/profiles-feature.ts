import type { IpcServices } from '../../../shared/contract/ipc'
import type { FetchFn } from '../../../shared/net/fetch-text'
import { createBinLookup } from '../../../node/bin-lookup'
import type { ProfileStore } from '../../../node/profile-store'
import type { StorageError } from '../../../shared/storage/kept-file-types'
import { createProfileServices, type FileChooser } from './profile-service'

export type { FileChooser } from './profile-service'

/** What the profiles feature needs: its encrypted store, file dialogs, and the BIN service. */
export interface ProfilesFeatureDeps {
  readonly store: ProfileStore
  readonly files: FileChooser
  readonly fetch: FetchFn
  readonly now: () => number
  readonly binLookupUrl?: string
  readonly onChange: () => void
  /** A save failed: the storage feature tells the window why nothing changed. */
  readonly onSaveFailed?: (error: StorageError) => void
}

/**
 * The saved card profiles: their store, their IPC channels and their slice of the app state.
 * Replies carry the book only where the form needs it to reload; the state itself is pushed.
 * Created at once: the file is read (and decrypted, maybe after a keychain prompt) in the
 * background, with `loading` in the slice meanwhile; `loaded` resolves when it is done.
 */
export function createProfilesFeature(deps: ProfilesFeatureDeps) {
  const binLookup = createBinLookup({
    fetch: deps.fetch,
    now: deps.now,
    ...(deps.binLookupUrl ? { baseUrl: deps.binLookupUrl } : {}),
  })
  const profiles = createProfileServices(
    deps.store,
    binLookup,
    deps.files,
    deps.now,
    deps.onChange,
    deps.onSaveFailed,
  )
  const book = () => profiles.info().book

  const ipc = {
    saveProfile: (input) => profiles.save(input),
    // Ok only once written; otherwise why not, with the book as it still is.
    deleteProfile: async (id) => {
      const saved = await profiles.remove(id)
      return saved.ok ? { ok: true, book: book() } : { ok: false, error: saved.error, book: book() }
    },
    setActiveProfile: async (id) => {
      const saved = await profiles.activate(id)
      return saved.ok ? { ok: true, book: book() } : { ok: false, error: saved.error, book: book() }
    },
    lookupBin: (bin) => profiles.lookupBin(bin),
    exportProfiles: () => profiles.exportTo(),
    importProfiles: async () => {
      const result = await profiles.importFrom()
      return result.ok ? { ...result, book: book() } : result
    },
  } satisfies Pick<
    IpcServices,
    | 'saveProfile'
    | 'deleteProfile'
    | 'setActiveProfile'
    | 'lookupBin'
    | 'exportProfiles'
    | 'importProfiles'
  >

  return {
    ipc,
    /** The profile the verdict compares against. */
    active: profiles.active,
    /** Resolves once the profile file was read: the card comparison joins then. */
    loaded: profiles.loaded,
    /** This feature's part of the app state. */
    slice: () => ({ profiles: profiles.info() }),
    /** The profile file for the storage feature: retry also asks the keyring again. */
    storage: {
      info: deps.store.info,
      retry: async () => {
        await deps.store.checkAvailable()
        return deps.store.retry()
      },
      moveAside: deps.store.moveAside,
      restore: deps.store.restore,
      reloaded: () => undefined,
    },
  }
}

/** The profiles feature's shape. */
export type ProfilesFeature = ReturnType<typeof createProfilesFeature>
