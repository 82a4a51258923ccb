import { mkdir, readFile, rm } from 'node:fs/promises'
import { hostname } from 'node:os'
import path from 'node:path'
import { createLogger } from '../shared/util/logger'
import type { DataFolderHolder } from '../shared/storage/kept-file-types'
import { nodeKeptFs, type KeptFs } from './kept-fs'
import { createLockFile, readLock, removeStaleLock } from './lock-file'

/** The lock file's name in the data folder. */
export const LOCK_FILE = 'paylight.lock'

/** What taking the data folder found: it is ours to write, or another PayLight holds it. */
export type DataFolder =
  | { readonly kind: 'owner'; readonly fs: KeptFs; readonly release: () => Promise<void> }
  | { readonly kind: 'read-only'; readonly fs: KeptFs; readonly holder: DataFolderHolder }

/** Whether a process runs: signal 0 checks without sending anything (EPERM: it runs, not ours). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** What the lock holds: who took the folder, on which machine, and when. */
interface LockContent {
  readonly pid: number
  readonly host: string
  readonly since: string
}

function parseLock(text: string): LockContent | null {
  try {
    const data = JSON.parse(text) as Partial<LockContent>
    return typeof data.pid === 'number' &&
      Number.isInteger(data.pid) &&
      typeof data.host === 'string' &&
      typeof data.since === 'string'
      ? { pid: data.pid, host: data.host, since: data.since }
      : null
  } catch {
    return null
  }
}

const refusal = () =>
  Object.assign(new Error('another PayLight holds the data folder'), { code: 'ELOCKED' })

/**
 * The file system of an instance that does not hold the data folder: it reads, and every write,
 * append, rename or removal fails (ELOCKED), so it can never overwrite what the holder saved
 * (nor remove the holder's temp files as orphans).
 */
export function readOnlyFs(base: KeptFs = nodeKeptFs): KeptFs {
  const refuse = () => Promise.reject(refusal())
  return {
    readFile: base.readFile,
    readdir: base.readdir,
    writeFileAtomic: refuse,
    appendDurable: refuse,
    rename: refuse,
    rm: refuse,
    mkdir: refuse,
  }
}

/** What taking the lock needs; the defaults are this process and machine. */
export interface LockOptions {
  readonly pid?: number
  readonly host?: string
  readonly now?: () => number
  readonly alive?: (pid: number) => boolean
}

const log = createLogger('data-folder')

// An empty lock may be one another instance is still writing (where the file system has no hard
// links to make its creation whole): it is stale only once it is older than this.
const EMPTY_GRACE_MS = 10_000
const ATTEMPTS = 5

const readOnly = (holder: DataFolderHolder): DataFolder => ({
  kind: 'read-only',
  fs: readOnlyFs(),
  holder,
})
const unknownHolder: DataFolderHolder = { pid: null, since: null }

/**
 * Takes the data folder for this instance: a lock file, created whole in one step, with this
 * process's id, machine and start time. Another PayLight (a second copy with its own
 * single-instance lock, a portable copy) that finds it held opens the folder read-only, with a
 * notice, instead of writing over the other's saves. A lock left by a process that no longer runs
 * on this machine, or one that cannot be read (an empty one only once it is a few seconds old), is stale: it is
 * removed (only if it is still that lock) and taken again. Something other than a file at the
 * lock's path (a directory) is never removed: the folder opens read-only. A live process id on
 * this machine holds the folder even if that process is not PayLight (ids are reused): two
 * writers would lose saves, a read-only start loses none.
 */
export async function takeDataFolder(dir: string, options: LockOptions = {}): Promise<DataFolder> {
  const pid = options.pid ?? process.pid
  const host = options.host ?? hostname()
  const alive = options.alive ?? processAlive
  const now = options.now ?? Date.now
  const file = path.join(dir, LOCK_FILE)
  await mkdir(dir, { recursive: true, mode: 0o700 }).catch(() => undefined)
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const since = new Date(now()).toISOString()
    try {
      await createLockFile(file, JSON.stringify({ pid, host, since } satisfies LockContent))
      return {
        kind: 'owner',
        fs: nodeKeptFs,
        release: async () => {
          const held = parseLock(await readFile(file, 'utf8').catch(() => ''))
          if (held?.pid === pid && held.host === host) await rm(file, { force: true })
        },
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        log.warn('could not take the data folder; opening it read-only', { error: String(error) })
        return readOnly(unknownHolder)
      }
    }
    const found = await readLock(file, Date.now())
    if (found.kind === 'none') continue
    if (found.kind === 'not-a-file') {
      log.warn('the data-folder lock is not a file; opening the folder read-only', { file })
      return readOnly(unknownHolder)
    }
    const held = parseLock(found.text)
    if (found.text === '' && found.ageMs < EMPTY_GRACE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)))
      continue
    }
    const stale = !held || (held.host === host && (held.pid === pid || !alive(held.pid)))
    if (!stale) return readOnly({ pid: held.pid, since: held.since })
    log.info('removing a stale data-folder lock', { pid: held?.pid ?? null })
    await removeStaleLock(file, found.text)
  }
  return readOnly(unknownHolder)
}
