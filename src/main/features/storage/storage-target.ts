import type { DocStore, LogStore } from '../../../shared/history/stores'
import type { KeptFileInfo, StorageResult } from '../../../shared/storage/kept-file-types'

/** What the storage feature needs from a kept file or log (both kinds provide it). */
export interface StorageTarget {
  readonly info: () => KeptFileInfo
  readonly retry: () => Promise<unknown>
  readonly moveAside: () => Promise<StorageResult>
  /** Logs have no restore; the window offers it only where this exists. */
  readonly restore?: (file: string) => Promise<StorageResult>
  /** Tells the owning feature its file's value changed (reloaded, restored, started fresh). */
  readonly reloaded: () => void
}

/** A kept document as a storage target; `reloaded` takes what the file holds after a restore. */
export function docTarget<T>(store: DocStore<T>, reloaded: () => void): StorageTarget {
  const { info, retry, moveAside, restore } = store
  return { info, retry, moveAside, restore, reloaded }
}

/** A kept log as a storage target: retried or started fresh, never restored. */
export function logTarget<E>(store: LogStore<E>, reloaded: () => void): StorageTarget {
  const { info, retry, moveAside } = store
  return { info, retry, moveAside, reloaded }
}
