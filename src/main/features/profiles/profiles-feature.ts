import type { IpcServices } from '../../../shared/contract/ipc'
import { activeProfile } from '../../../shared/profile/active-profile'
import type { ProfileBook } from '../../../shared/profile/schema'
import { profileError, validateProfile, type ProfileError } from '../../../shared/profile/validate'
import type { StorageError, StorageResult } from '../../../shared/storage/kept-file-types'
import { createLogger } from '../../../shared/util/logger'
import type { FetchFn } from '../../../shared/net/fetch-text'
import { createBinLookup } from '../../../node/bin-lookup'
import type { ProfileStore } from '../../../node/profile-store'
import { defineFeature, type FeatureContext } from '../feature'
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
 * changes (so a failed save loses nothing), exported and imported as JSON. The book held is the
 * store's own value, so a retry or a restore in the storage feature shows up here. Replies carry
 * the book only where the form needs it to reload; the state itself is pushed.
 */
export async function createProfilesFeature(deps: ProfilesFeatureDeps) {
  const store = deps.profileStore
  await store.load()
  const lookupBin = createBinLookup({
    ...deps,
    ...(deps.binLookupUrl ? { baseUrl: deps.binLookupUrl } : {}),
  })
  const book = (): ProfileBook => store.value()

  /** Persists first; only a successful write replaces what the app holds. */
  const write = async (next: ProfileBook): Promise<StorageResult> => {
    const result = await store.save(next)
    if (!result.ok) {
      log.error('could not save profiles', { code: result.error.code })
      deps.storage.report(store.info().name, result.error)
      return result
    }
    deps.onChange()
    return result
  }
  const commit = async (next: ProfileBook): Promise<boolean> => (await write(next)).ok
  const exchange = profileExchangeFiles({ ...deps, book, commit })
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
    return (await commit(upsert(book(), [profile], profile.id)))
      ? { ok: true }
      : { ok: false, errors: [profileError('', 'save-failed')] }
  }

  const ipc = {
    saveProfile: save,
    deleteProfile: async (id) => {
      const current = book()
      const profiles = current.profiles.filter((p) => p.id !== id)
      const activeId = current.activeId === id ? (profiles[0]?.id ?? null) : current.activeId
      return withBook(await write({ schema: 3, activeId, profiles }))
    },
    setActiveProfile: async (id) => {
      const current = book()
      if (!current.profiles.some((p) => p.id === id)) return withBook({ ok: true })
      return withBook(await write({ ...current, activeId: id }))
    },
    lookupBin: (bin) => lookupBin(bin),
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
    /** The profile the verdict compares against. */
    active: () => activeProfile(book()),
    slice: () => ({
      profiles: { book: book(), protection: store.protection() },
      activeProfile: activeProfile(book()),
    }),
  })
}

/** The profiles feature's shape. */
export type ProfilesFeature = Awaited<ReturnType<typeof createProfilesFeature>>
