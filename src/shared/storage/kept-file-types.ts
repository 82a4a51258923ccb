/** Why a kept file was moved aside (it is renamed, never deleted, and listed in the window). */
export const asideReasons = [
  'corrupt',
  'future-version',
  'invalid',
  'undecryptable',
  'unsupported',
  'replaced',
  'discarded',
] as const
/** See {@link asideReasons}. */
export type AsideReason = (typeof asideReasons)[number]

/** A file moved aside: its base name in the data folder, why, and when (ISO, from its name). */
export interface MovedAside {
  readonly file: string
  readonly reason: AsideReason
  readonly at: string
}

/**
 * Where a kept file stands. Only `ready` allows writing: an unreadable file or a locked keyring
 * blocks every save until the user retries or moves the file aside, so nothing is overwritten.
 */
export type KeptStatus =
  | { readonly kind: 'ready' }
  | { readonly kind: 'unreadable'; readonly code: string }
  | { readonly kind: 'locked'; readonly detail: 'unavailable' | 'decrypt-failed' }

/** Why a save or a storage action failed; each has a bilingual message `storage.error.<code>`. */
export const storageErrorCodes = [
  'blocked-unreadable',
  'blocked-locked',
  'no-space',
  'read-only',
  'no-permission',
  'encryption-unavailable',
  'invalid',
  'not-found',
  'write-failed',
  'other-instance',
] as const
/** See {@link storageErrorCodes}. */
export type StorageErrorCode = (typeof storageErrorCodes)[number]

/** A failed storage action: the code the window translates, and the OS detail for the log. */
export interface StorageError {
  readonly code: StorageErrorCode
  readonly detail?: string
}

/** The files PayLight keeps, by the name a user knows them (the file name without its extension). */
export const keptFileNames = [
  'profiles',
  'settings',
  'session',
  'cooldown',
  'declines',
  'history',
  'attempt',
] as const

/** A save or action result: errors are values, never throws across the service boundary. */
export type StorageResult =
  { readonly ok: true } | { readonly ok: false; readonly error: StorageError }

/** One kept file as the window lists it: its status and the files moved aside from it. */
export interface KeptFileInfo {
  readonly name: string
  readonly status: KeptStatus
  readonly movedAside: readonly MovedAside[]
}

/** One kept file as the window shows it, with the last save that failed (cleared by a success). */
export interface StorageFileView extends KeptFileInfo {
  readonly lastError: StorageError | null
}

/** Another PayLight that holds the data folder: its process id and since when (null: unknown). */
export interface DataFolderHolder {
  readonly pid: number | null
  readonly since: string | null
}

/**
 * The `storage` slice of the app state: every kept file, in a fixed order, and whether this
 * instance only reads the data folder because another PayLight holds it (null: it is ours).
 */
export interface StorageSlice {
  readonly files: readonly StorageFileView[]
  readonly readOnly: DataFolderHolder | null
}
