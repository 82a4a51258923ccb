import type { IpcServices } from '../../../shared/contract/ipc'
import { activeProfile } from '../../../shared/profile/active-profile'
import { profileError, validateProfile, type ProfileError } from '../../../shared/profile/validate'
import type { StorageError, StorageResult } from '../../../shared/storage/kept-file-types'
import { createLogger } from '../../../shared/util/logger'
import type { FetchFn } from '../../../shared/net/fetch-text'
import { createBinLookup } from '../../../node/bin-lookup'
import type { ProfileStore } from '../../../node/profile-store'
import { defineFeature, type FeatureContext } from '../feature'
import { createProfileBook } from './profile-book'
import { profileExchangeFiles, upsert, type FileChooser } from './profile-exchange-files'

export type { FileChooser } from './profile-exchange-files'

/** What the profiles feature needs: its encrypted store, file dialogs, and the BIN service. */
export interface ProfilesFeatureDeps extends Pick<FeatureContext, 'now' | 'onChange'> {
  readonly profileStore: ProfileStore
  readonly files: FileChooser
  /** The BIN service is asked through this fetch (at most a few times an hour). */
  readonly fetch: FetchFn
  readonly binLookupUrl?: string
  /** The storage feature: a failed save is said in the window, with why nothing changed. */
  readonly storage: { readonly report: (name: string, error: StorageError) => void }
}

const log = createLogger('profiles')

/**
 * The saved card profiles: validated on the way in, saved encrypted before the in-memory copy
 * changes (profile-book.ts), exported and imported as JSON. The book held is the store's own
 * value, so a retry or a restore in the storage feature shows up here. Created at once: the file
 * is read in the background, with `loading` in the slice meanwhile. Replies carry the book only
 * where the form needs it to reload; the state itself is pushed.
 */
export function createProfilesFeature(deps: ProfilesFeatureDeps) {
  const store = deps.profileStore
  const { book, loaded, loading, change, commit } = createProfileBook({
    store,
    onChange: deps.onChange,
    report: deps.storage.report,
  })
  const lookupBin = createBinLookup({
    ...deps,
    ...(deps.binLookupUrl ? { baseUrl: deps.binLookupUrl } : {}),
  })
  const exchange = profileExchangeFiles({ ...deps, book, loaded, commit })
  // Ok only once written; otherwise why not, with the book as it still is.
  const withBook = (saved: StorageResult) =>
    saved.ok
      ? { ok: true as const, book: book() }
      : { ok: false as const, error: saved.error, book: book() }

  const save = async (
    input: unknown,
  ): Promise<{ ok: true } | { ok: false; errors: readonly ProfileError[] }> => {
    const result = validateProfile(input)
    if (!result.ok) {
      // Codes and paths only: the refused input itself may hold card data and is never logged.
      log.info('profile refused', { problems: result.errors.map((e) => `${e.path}:${e.code}`) })
      return { ok: false, errors: result.errors }
    }
    const profile = { ...result.profile, updatedAt: new Date(deps.now()).toISOString() }
    return (await commit((current) => upsert(current, [profile], profile.id)))
      ? { ok: true }
      : { ok: false, errors: [profileError('', 'save-failed')] }
  }

  const ipc = {
    saveProfile: save,
    deleteProfile: async (id) =>
      withBook(
        await change((current) => {
          const profiles = current.profiles.filter((p) => p.id !== id)
          const activeId = current.activeId === id ? (profiles[0]?.id ?? null) : current.activeId
          return { schema: 3, activeId, profiles }
        }),
      ),
    setActiveProfile: async (id) =>
      withBook(
        await change((current) =>
          current.profiles.some((p) => p.id === id) ? { ...current, activeId: id } : null,
        ),
      ),
    lookupBin,
    exportProfiles: exchange.exportTo,
    importProfiles: exchange.importFrom,
  } satisfies Pick<
    IpcServices,
    | 'saveProfile'
    | 'deleteProfile'
    | 'setActiveProfile'
    | 'lookupBin'
    | 'exportProfiles'
    | 'importProfiles'
  >

  return defineFeature({
    ipc,
    /** The profile file: a retry also asks the keyring again. */
    files: [
      {
        info: store.info,
        retry: async () => {
          await store.checkAvailable()
          return store.retry()
        },
        moveAside: store.moveAside,
        restore: store.restore,
        reloaded: () => undefined,
      },
    ],
    /** Resolves once the profile file was read (or found unreadable or locked). */
    loaded,
    /** The profile the verdict compares against. */
    active: () => activeProfile(book()),
    slice: () => ({
      profiles: { book: book(), protection: store.protection(), loading: loading() },
      activeProfile: activeProfile(book()),
    }),
  })
}

/** The profiles feature's shape. */
export type ProfilesFeature = ReturnType<typeof createProfilesFeature>
