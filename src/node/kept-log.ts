/**
 * The append-only variant of a kept file, for logs (payment-session history, decline log):
 *
 *   const log = openKeptLog({ dir, name: 'history.jsonl', version: 1, schema, migrations?,
 *                             maxEntries, maxAgeMs, fs?, now?, log? })
 *   await log.load()           → { kind: 'loaded', records, skipped, tornTail } | unreadable
 *   await log.append(entry)    → StorageResult; the line is fsynced before it resolves ok
 *   await log.clear()          → StorageResult (an empty file written atomically)
 *   log.records() / status() / info() / retry() / moveAside()   (as for kept files)
 *
 * One JSON line per entry (`{"v","at","e"}`). A torn last line (crash, full disk) is skipped and
 * the next append starts on a fresh line; other bad lines are skipped and, before the log is next
 * rewritten, the whole file is moved aside (listed, never deleted). The log holds and shows at most
 * the newest `maxEntries` within `maxAgeMs`; the file is compacted to them by an atomic rewrite once
 * it has a quarter more lines (so rewrites stay rare) or an entry older than `maxAgeMs`. Read errors
 * other than "not found", and a link or a folder in the file's place, block appends.
 */
import path from 'node:path'
import { createLogger, type Logger } from '../shared/util/logger'
import type {
  KeptFileInfo,
  KeptStatus,
  MovedAside,
  StorageResult,
} from '../shared/storage/kept-file-types'
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
import { utf8Text } from './kept-codec'
import { formatLogLine, parseLogText, type LogRecord, type LogRules } from './log-lines'

export type { LogRecord } from './log-lines'

/** What `openKeptLog` needs: where the log lives, how its lines are read, and its bounds. */
export interface KeptLogOptions<E> extends LogRules<E> {
  readonly dir: string
  readonly name: string
  readonly maxEntries: number
  readonly maxAgeMs: number
  readonly fs?: KeptFs
  readonly now?: () => number
  readonly log?: Logger
}

/** What loading a log found. */
export type LogLoadResult<E> =
  | {
      readonly kind: 'loaded'
      readonly records: readonly LogRecord<E>[]
      readonly skipped: number
      readonly tornTail: boolean
    }
  | {
      readonly kind: 'unreadable'
      readonly records: readonly LogRecord<E>[]
      readonly code: string
    }

/** A kept log, opened. */
export interface KeptLog<E> {
  readonly load: () => Promise<LogLoadResult<E>>
  readonly append: (entry: E) => Promise<StorageResult>
  readonly clear: () => Promise<StorageResult>
  readonly records: () => readonly LogRecord<E>[]
  readonly status: () => KeptStatus
  readonly info: () => KeptFileInfo
  readonly retry: () => Promise<LogLoadResult<E>>
  readonly moveAside: () => Promise<StorageResult>
}

/** Opens a kept log (nothing is read until `load`). See the top of this file for the rules. */
export function openKeptLog<E>(options: KeptLogOptions<E>): KeptLog<E> {
  const { dir, name, version, maxEntries, maxAgeMs } = options
  const fs = options.fs ?? nodeKeptFs
  const now = options.now ?? Date.now
  const log = options.log ?? createLogger('kept-log')
  const file = path.join(dir, name)
  const queue = createQueue()
  const slack = Math.max(10, Math.ceil(maxEntries / 4))
  let status: KeptStatus = { kind: 'ready' }
  let records: readonly LogRecord<E>[] = []
  let movedAside: readonly MovedAside[] = []
  let endsClean = true
  let damaged = false
  // Lines in the file (records kept, plus those already trimmed from what the log holds).
  let fileLines = 0

  const fresh = (list: readonly LogRecord<E>[]) =>
    list.filter((r) => now() - r.at <= maxAgeMs).slice(-maxEntries)

  /** Rewrites the log atomically with `next`; a damaged file is moved aside first, never lost. */
  const rewrite = async (next: readonly LogRecord<E>[]): Promise<StorageResult> => {
    try {
      await fs.mkdir(dir)
      if (damaged) {
        const aside = await moveFileAside(fs, dir, name, 'corrupt', now()).catch(
          (error: unknown) => {
            if (errnoOf(error) !== 'ENOENT') throw error
            return null
          },
        )
        if (aside)
          log.warn('log with damaged lines moved aside before rewriting', { name, file: aside })
        damaged = false
      }
      await fs.writeFileAtomic(file, next.map((r) => formatLogLine(r, version)).join(''))
    } catch (error) {
      const failure = writeError(error)
      log.error('could not rewrite log', { name, code: failure.code })
      return { ok: false, error: failure }
    }
    records = next
    fileLines = next.length
    endsClean = true
    movedAside = await listAside(fs, dir, name)
    return { ok: true }
  }

  const compactIfDue = async () => {
    const oldest = records[0]
    if (fileLines > maxEntries + slack || (oldest && now() - oldest.at > maxAgeMs))
      await rewrite(fresh(records))
  }

  const loadNow = async (): Promise<LogLoadResult<E>> => {
    await removeOrphanTemps(fs, dir, name)
    movedAside = await listAside(fs, dir, name)
    let text: string
    try {
      text = utf8Text(await fs.readFile(file))
    } catch (error) {
      const code = errnoOf(error)
      records = []
      fileLines = 0
      if (code === 'ENOENT') {
        status = { kind: 'ready' }
        endsClean = true
        return { kind: 'loaded', records, skipped: 0, tornTail: false }
      }
      status = { kind: 'unreadable', code }
      log.warn('log cannot be read; appending is blocked', { name, code })
      return { kind: 'unreadable', records, code }
    }
    const parsed = parseLogText(text, options)
    status = { kind: 'ready' }
    fileLines = parsed.records.length
    records = parsed.records.slice(-maxEntries)
    endsClean = parsed.endsClean
    damaged = parsed.skipped > 0
    if (parsed.skipped > 0 || parsed.tornTail)
      log.warn('log lines skipped', { name, skipped: parsed.skipped, tornTail: parsed.tornTail })
    await compactIfDue()
    return { kind: 'loaded', records, skipped: parsed.skipped, tornTail: parsed.tornTail }
  }

  const blocked = (): StorageResult | null =>
    status.kind === 'unreadable'
      ? { ok: false, error: { code: 'blocked-unreadable', detail: status.code } }
      : status.kind === 'locked'
        ? { ok: false, error: { code: 'blocked-locked' } }
        : null

  return {
    load: () => queue(loadNow),
    retry: () => queue(loadNow),
    append: (entry) =>
      queue(async () => {
        const refusal = blocked()
        if (refusal) return refusal
        const parsed = options.schema.safeParse(entry)
        if (!parsed.success) return { ok: false, error: { code: 'invalid' } }
        const record: LogRecord<E> = { at: now(), entry: parsed.data }
        try {
          await fs.mkdir(dir)
          await fs.appendDurable(file, `${endsClean ? '' : '\n'}${formatLogLine(record, version)}`)
        } catch (error) {
          endsClean = false
          const failure = writeError(error)
          log.error('could not append to log', { name, code: failure.code })
          return { ok: false, error: failure }
        }
        endsClean = true
        fileLines += 1
        records = [...records.slice(records.length >= maxEntries ? 1 : 0), record]
        await compactIfDue()
        return { ok: true }
      }),
    clear: () => queue(async () => blocked() ?? rewrite([])),
    records: () => records,
    status: () => status,
    info: () => ({ name, status, movedAside }),
    moveAside: () =>
      queue(async (): Promise<StorageResult> => {
        try {
          await moveFileAside(fs, dir, name, 'discarded', now())
        } catch (error) {
          if (errnoOf(error) !== 'ENOENT') return { ok: false, error: writeError(error) }
        }
        status = { kind: 'ready' }
        records = []
        fileLines = 0
        endsClean = true
        damaged = false
        movedAside = await listAside(fs, dir, name)
        return { ok: true }
      }),
  }
}
