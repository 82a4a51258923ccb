import type { z } from 'zod'
import { openKeptFile } from '../../../node/kept-file'
import type { KeptFs } from '../../../node/kept-fs'
import { openKeptLog } from '../../../node/kept-log'
import type { DocStore, LogStore } from '../../../shared/history/stores'
import { memoryDoc, memoryLog } from './memory-stores'

/**
 * Where the features keep their plain files (the session, the cool-down, the decline log, the
 * history, the attempt): the data folder, or nowhere (memory only, as in most tests).
 */
export interface KeptFolder {
  readonly dir: string
  /** The file system they are written through (a failing one in fault tests). */
  readonly fs?: KeptFs
}

/** What a feature's document is: its name, version, schema and empty value. */
export interface DocSpec<T> {
  readonly name: string
  readonly version: number
  readonly schema: z.ZodType<T>
  readonly empty: T
}

/** What a feature's log is: its name, version, schema and bounds. */
export interface LogSpec<E> {
  readonly name: string
  readonly version: number
  readonly schema: z.ZodType<E>
  readonly maxEntries: number
  readonly maxAgeMs: number
}

/**
 * A feature's document through the kept-file module (versioned, atomic, moved aside when
 * unreadable), or in memory when there is no folder. Plain JSON, not encrypted: these files hold
 * exit IPs and at most a profile id and a BIN (no cardholder data), and must keep working when the
 * keyring is locked; they are created for the current user only.
 */
export function keptDoc<T>(
  folder: KeptFolder | null,
  spec: DocSpec<T>,
  now: () => number,
): DocStore<T> {
  if (!folder) return memoryDoc(spec.name, spec.empty)
  return openKeptFile({ ...spec, dir: folder.dir, now, ...(folder.fs ? { fs: folder.fs } : {}) })
}

/** A feature's append-only log (torn last lines skipped, bounded), or in memory. */
export function keptLog<E>(
  folder: KeptFolder | null,
  spec: LogSpec<E>,
  now: () => number,
): LogStore<E> {
  if (!folder) return memoryLog<E>(spec.name, now, spec)
  return openKeptLog({ ...spec, dir: folder.dir, now, ...(folder.fs ? { fs: folder.fs } : {}) })
}
