/**
 * One module for every file PayLight keeps (profiles, settings; logs in ./kept-log.ts).
 *
 *   const file = openKeptFile({ dir, name: 'settings.json', version: 1, schema, empty,
 *                               migrations?, versionOf?, toDocument?, codec?, fs?, now?, log? })
 *   await file.load()          → LoadResult<T>: loaded | empty | moved-aside | unreadable | locked
 *   await file.save(value)     → StorageResult ({ ok: true } or { ok: false, error: { code } })
 *   file.status() / file.value() / file.info()   (info: status + moved-aside files, for the window)
 *   await file.retry()         → reads again (unreadable / locked); a no-op answer when ready
 *   await file.moveAside()     → the live file renamed `<base>.discarded-<time><ext>`, fresh start
 *   await file.restore(name)   → a moved-aside file back in place, after it passes validation
 *
 * Rules: "not found" is the only read error that means empty; any other read error makes the file
 * `unreadable` and blocks every save until the user retries or moves it aside; a keyring that
 * cannot decrypt right now makes it `locked` (kept in place, saves blocked); unparsable, invalid
 * or newer-version content is renamed aside (never deleted) and a fresh empty state starts; temp
 * files a crashed write left are removed on load; a failed write keeps the old file and the value
 * held. Every action runs one at a time. Nothing here throws for a file-system reason.
 */
import path from 'node:path'
import { createLogger, type Logger } from '../shared/util/logger'
import type {
  KeptFileInfo,
  KeptStatus,
  MovedAside,
  StorageResult,
} from '../shared/storage/kept-file-types'
import { plainCodec, type KeptCodec } from './kept-codec'
import { readDocument, type DocumentRules } from './kept-document'
import {
  createQueue,
  errnoOf,
  listAside,
  moveFileAside,
  nodeKeptFs,
  removeOrphanTemps,
  writeError,
  type KeptFs,
} from './kept-fs'

export type { Migration } from './kept-document'

/** What `openKeptFile` needs: where the file lives, how its document is read, and its fallbacks. */
export interface KeptFileOptions<T> extends DocumentRules<T> {
  readonly dir: string
  readonly name: string
  /** The fresh state: no file yet, or a file moved aside. */
  readonly empty: T
  /** The JSON document written for a value (default: the value itself). */
  readonly toDocument?: (value: T) => unknown
  readonly codec?: KeptCodec
  readonly fs?: KeptFs
  readonly now?: () => number
  readonly log?: Logger
}

/** What loading found; every case carries the value the app should hold meanwhile. */
export type LoadResult<T> =
  | { readonly kind: 'loaded'; readonly value: T; readonly migrated: boolean }
  | { readonly kind: 'empty'; readonly value: T }
  | { readonly kind: 'moved-aside'; readonly value: T; readonly aside: MovedAside }
  | { readonly kind: 'unreadable'; readonly value: T; readonly code: string }
  | {
      readonly kind: 'locked'
      readonly value: T
      readonly detail: 'unavailable' | 'decrypt-failed'
    }

/** A kept file, opened. */
export interface KeptFile<T> {
  readonly load: () => Promise<LoadResult<T>>
  readonly save: (value: T) => Promise<StorageResult>
  readonly status: () => KeptStatus
  readonly value: () => T
  readonly info: () => KeptFileInfo
  readonly retry: () => Promise<LoadResult<T>>
  readonly moveAside: () => Promise<StorageResult>
  readonly restore: (file: string) => Promise<StorageResult>
}

type Read<T> =
  | {
      readonly kind: 'ok'
      readonly value: T
      readonly rewrite: boolean
      readonly unreadable: readonly string[]
    }
  | { readonly kind: 'missing' }
  | { readonly kind: 'unreadable'; readonly code: string }
  | { readonly kind: 'locked'; readonly detail: 'unavailable' | 'decrypt-failed' }
  | { readonly kind: 'aside'; readonly reason: 'corrupt' | 'future-version' | 'invalid' }

/** Opens a kept file (nothing is read until `load`). See the top of this file for the rules. */
export function openKeptFile<T>(options: KeptFileOptions<T>): KeptFile<T> {
  const { dir, name, empty } = options
  const fs = options.fs ?? nodeKeptFs
  const codec = options.codec ?? plainCodec
  const now = options.now ?? Date.now
  const log = options.log ?? createLogger('kept-file')
  const toDocument = options.toDocument ?? ((value: T) => value)
  const file = path.join(dir, name)
  const queue = createQueue()
  let status: KeptStatus = { kind: 'ready' }
  let value: T = empty
  let movedAside: readonly MovedAside[] = []

  const read = async (target: string): Promise<Read<T>> => {
    let raw: Buffer
    try {
      raw = await fs.readFile(target)
    } catch (error) {
      const code = errnoOf(error)
      return code === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', code }
    }
    const decoded = await codec.decode(raw)
    if (decoded.kind === 'locked') return decoded
    if (decoded.kind === 'corrupt') return { kind: 'aside', reason: 'corrupt' }
    const document = readDocument(decoded.text, options)
    if (document.kind === 'aside') return document
    return {
      kind: 'ok',
      value: document.value,
      rewrite: document.migrated || decoded.reEncrypt,
      unreadable: document.unreadable,
    }
  }

  const write = async (next: T): Promise<StorageResult> => {
    const encoded = await codec.encode(JSON.stringify(toDocument(next)))
    if (!encoded.ok) return { ok: false, error: { code: encoded.reason } }
    try {
      await fs.mkdir(dir)
      await fs.writeFileAtomic(file, encoded.data)
    } catch (error) {
      const failure = writeError(error)
      log.error('could not write kept file', { name, code: failure.code, detail: failure.detail })
      return { ok: false, error: failure }
    }
    value = next
    return { ok: true }
  }

  const refreshAside = async () => {
    movedAside = await listAside(fs, dir, name)
  }

  // Renames the file aside; a rename that fails leaves it in place and blocks saving (unreadable).
  const moveAside = async (reason: 'corrupt' | 'future-version' | 'invalid') => {
    const moved = await moveFileAside(fs, dir, name, reason, now()).then(
      (file) => ({ ok: true as const, file }),
      (error: unknown) => ({ ok: false as const, code: errnoOf(error) }),
    )
    if (!moved.ok) status = { kind: 'unreadable', code: moved.code }
    return moved
  }

  const loadNow = async (): Promise<LoadResult<T>> => {
    const removed = await removeOrphanTemps(fs, dir, name)
    if (removed > 0) log.info('removed temp files left by an interrupted write', { name, removed })
    const found = await read(file)
    let result: LoadResult<T>
    switch (found.kind) {
      case 'missing':
        status = { kind: 'ready' }
        value = empty
        result = { kind: 'empty', value }
        break
      case 'unreadable':
      case 'locked':
        status = found.kind === 'locked' ? { kind: 'locked', detail: found.detail } : found
        value = empty
        log.warn('kept file cannot be read; saving is blocked', { name, status })
        result = { ...status, value }
        break
      case 'aside': {
        value = empty
        const moved = await moveAside(found.reason)
        if (!moved.ok) {
          result = { kind: 'unreadable', value, code: moved.code }
          break
        }
        status = { kind: 'ready' }
        log.warn('kept file moved aside', { name, reason: found.reason, file: moved.file })
        const at = new Date(now()).toISOString()
        result = {
          kind: 'moved-aside',
          value,
          aside: { file: moved.file, reason: found.reason, at },
        }
        break
      }
      case 'ok':
        status = { kind: 'ready' }
        value = found.value
        if (found.unreadable.length > 0) {
          // Part of it could not be read: the file as it was is kept aside (listed, restorable
          // once fixed) and what could be read is written back, so nothing is lost in silence.
          const moved = await moveAside('invalid')
          if (!moved.ok) {
            result = { kind: 'unreadable', value, code: moved.code }
            break
          }
          log.warn('kept file had parts that could not be read; moved aside', {
            name,
            parts: found.unreadable,
            file: moved.file,
          })
          await write(found.value)
        } else if (found.rewrite) await write(found.value)
        result = { kind: 'loaded', value, migrated: found.rewrite }
        break
    }
    await refreshAside()
    return result
  }

  return {
    load: () => queue(loadNow),
    save: (next) =>
      queue(async () => {
        if (status.kind === 'unreadable')
          return { ok: false, error: { code: 'blocked-unreadable', detail: status.code } }
        if (status.kind === 'locked') return { ok: false, error: { code: 'blocked-locked' } }
        return write(next)
      }),
    status: () => status,
    value: () => value,
    info: () => ({ name, status, movedAside }),
    retry: () => queue(loadNow),
    moveAside: () =>
      queue(async (): Promise<StorageResult> => {
        try {
          await moveFileAside(fs, dir, name, 'discarded', now())
        } catch (error) {
          if (errnoOf(error) !== 'ENOENT') return { ok: false, error: writeError(error) }
        }
        status = { kind: 'ready' }
        value = empty
        await refreshAside()
        return { ok: true }
      }),
    restore: (chosen) =>
      queue(async (): Promise<StorageResult> => {
        await refreshAside()
        if (!movedAside.some((entry) => entry.file === chosen))
          return { ok: false, error: { code: 'not-found' } }
        const found = await read(path.join(dir, chosen))
        if (found.kind === 'locked') return { ok: false, error: { code: 'blocked-locked' } }
        // Says exactly why: the reason it would be moved aside again, or the read error.
        if (found.kind === 'aside')
          return { ok: false, error: { code: 'invalid', detail: found.reason } }
        if (found.kind !== 'ok') {
          const detail = found.kind === 'unreadable' ? found.code : 'ENOENT'
          return { ok: false, error: { code: 'invalid', detail } }
        }
        if (found.unreadable.length > 0)
          return { ok: false, error: { code: 'invalid', detail: 'invalid' } }
        try {
          await moveFileAside(fs, dir, name, 'replaced', now()).catch((error: unknown) => {
            if (errnoOf(error) !== 'ENOENT') throw error
          })
          await fs.rename(path.join(dir, chosen), file)
        } catch (error) {
          await refreshAside()
          return { ok: false, error: writeError(error) }
        }
        status = { kind: 'ready' }
        value = found.value
        if (found.rewrite) await write(found.value)
        await refreshAside()
        return { ok: true }
      }),
  }
}
