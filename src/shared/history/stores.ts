import type { KeptFileInfo, KeptStatus, StorageResult } from '../storage/kept-file-types'

/**
 * The parts of a kept document the payment features use: the same shape as `openKeptFile`'s, so
 * the app passes real files and tests pass in-memory ones.
 */
export interface DocStore<T> {
  readonly load: () => Promise<{ readonly kind: string; readonly value: T }>
  readonly save: (value: T) => Promise<StorageResult>
  readonly info: () => KeptFileInfo
  readonly status: () => KeptStatus
  /** The value in force (after a retry or a restore, what the file now holds). */
  readonly value: () => T
  readonly retry: () => Promise<unknown>
  readonly moveAside: () => Promise<StorageResult>
  readonly restore: (file: string) => Promise<StorageResult>
}

/** The parts of a kept log the payment features use (see `openKeptLog`). */
export interface LogStore<E> {
  readonly load: () => Promise<{ readonly kind: string }>
  readonly append: (entry: E) => Promise<StorageResult>
  readonly clear: () => Promise<StorageResult>
  readonly records: () => readonly { readonly at: number; readonly entry: E }[]
  readonly info: () => KeptFileInfo
  readonly status: () => KeptStatus
  readonly retry: () => Promise<unknown>
  readonly moveAside: () => Promise<StorageResult>
}
