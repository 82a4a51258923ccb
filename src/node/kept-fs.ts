import { constants } from 'node:fs'
import { lstat, mkdir, open, readdir, rename, rm, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import {
  asideReasons,
  type AsideReason,
  type MovedAside,
  type StorageError,
} from '../shared/storage/kept-file-types'
import { writeFileAtomic } from './atomic-file'

/**
 * The file-system calls kept files make, as one injectable layer: tests swap one call for a
 * failing one (EACCES, EBUSY, ENOSPC, EROFS) instead of needing a real full or read-only disk.
 */
export interface KeptFs {
  readonly readFile: (file: string) => Promise<Buffer>
  readonly writeFileAtomic: (file: string, data: string | Uint8Array) => Promise<void>
  /** Appends and fsyncs, so a logged entry survives a crash right after. */
  readonly appendDurable: (file: string, data: string) => Promise<void>
  readonly rename: (from: string, to: string) => Promise<void>
  readonly readdir: (dir: string) => Promise<string[]>
  readonly rm: (file: string) => Promise<void>
  readonly mkdir: (dir: string) => Promise<void>
}

/**
 * Opens a kept file without following a link in its place: a file replaced by a symbolic link
 * (to another user's file, to a system file) is refused with ELOOP, as a folder in its place is
 * with EISDIR, so PayLight never reads or appends through it. Where the OS has no O_NOFOLLOW
 * (Windows), the link is looked for first. It is opened without blocking and must be a regular
 * file: a FIFO or a device in its place is refused (ENOTREG) instead of waiting for a writer
 * forever and keeping the services from starting.
 */
export async function openNoFollow(
  file: string,
  flags: number,
  mode?: number,
): Promise<FileHandle> {
  const noFollow = constants.O_NOFOLLOW as number | undefined
  const noBlock = (constants.O_NONBLOCK as number | undefined) ?? 0
  if (noFollow === undefined) {
    const stat = await lstat(file).catch(() => null)
    if (stat?.isSymbolicLink())
      throw Object.assign(new Error(`ELOOP: ${file} is a link`), { code: 'ELOOP' })
  }
  const handle = await open(file, flags | (noFollow ?? 0) | noBlock, mode)
  const stat = await handle.stat().catch(() => null)
  if (stat?.isFile()) return handle
  await handle.close().catch(() => undefined)
  if (stat?.isDirectory())
    throw Object.assign(new Error(`EISDIR: ${file} is a folder`), { code: 'EISDIR' })
  throw Object.assign(new Error(`ENOTREG: ${file} is not a regular file`), { code: 'ENOTREG' })
}

/** Reads a whole kept file, refusing a link or anything but a regular file in its place. */
async function readNoFollow(file: string): Promise<Buffer> {
  const handle = await openNoFollow(file, constants.O_RDONLY)
  try {
    return await handle.readFile()
  } finally {
    await handle.close()
  }
}

/** The real file system. */
export const nodeKeptFs: KeptFs = {
  readFile: readNoFollow,
  writeFileAtomic,
  appendDurable: async (file, data) => {
    const handle = await openNoFollow(
      file,
      constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT,
      0o600,
    )
    try {
      await handle.appendFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
  },
  rename,
  readdir: (dir) => readdir(dir),
  rm: (file) => rm(file, { force: true }),
  mkdir: async (dir) => {
    await mkdir(dir, { recursive: true })
  },
}

/** The OS error code of a failed call ('EIO' when it carries none). */
export function errnoOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  return typeof code === 'string' ? code : 'EIO'
}

/** Maps a failed write to what the user is told: a full disk, a read-only disk, no permission. */
export function writeError(error: unknown): StorageError {
  const code = errnoOf(error)
  const detail = `${code}: ${error instanceof Error ? error.message : String(error)}`
  if (code === 'ENOSPC' || code === 'EDQUOT') return { code: 'no-space', detail }
  if (code === 'EROFS') return { code: 'read-only', detail }
  if (code === 'EACCES' || code === 'EPERM') return { code: 'no-permission', detail }
  if (code === 'ELOCKED') return { code: 'other-instance', detail }
  return { code: 'write-failed', detail }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Splits `profiles.dat` into `profiles` and `.dat`, the parts a moved-aside name is built from. */
function parts(name: string): { base: string; ext: string } {
  const ext = path.extname(name)
  return { base: ext ? name.slice(0, -ext.length) : name, ext }
}

/** `<base>.<reason>-<timestamp><ext>`: sortable, readable, and never colliding with the live file. */
export function asideName(name: string, reason: AsideReason, at: number): string {
  const { base, ext } = parts(name)
  const stamp = new Date(at).toISOString().replace(/[:.]/g, '-')
  return `${base}.${reason}-${stamp}${ext}`
}

/** Reads a moved-aside file's name back; null for anything else in the folder. */
export function parseAsideName(name: string, candidate: string): MovedAside | null {
  const { base, ext } = parts(name)
  const pattern = new RegExp(
    `^${escape(base)}\\.(${asideReasons.join('|')})-(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z)(?:-(\\d+))?${escape(ext)}$`,
  )
  const match = pattern.exec(candidate)
  if (!match?.[2]) return null
  const stamp = match[2].replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/, 'T$1:$2:$3.$4Z')
  return { file: candidate, reason: match[1] as AsideReason, at: stamp }
}

/** Lists the files moved aside from `name`, newest first; an unlistable folder lists nothing. */
export async function listAside(fs: KeptFs, dir: string, name: string): Promise<MovedAside[]> {
  const entries = await fs.readdir(dir).catch(() => [] as string[])
  return entries
    .map((entry) => parseAsideName(name, entry))
    .filter((entry): entry is MovedAside => entry !== null)
    .sort((a, b) => (a.file < b.file ? 1 : -1))
}

/**
 * Renames the live file aside under a name no other file has (a suffix when two land in the same
 * millisecond: rename would silently replace an existing file on POSIX). Returns the new name.
 */
export async function moveFileAside(
  fs: KeptFs,
  dir: string,
  name: string,
  reason: AsideReason,
  at: number,
): Promise<string> {
  const taken = new Set(await fs.readdir(dir).catch(() => [] as string[]))
  const first = asideName(name, reason, at)
  const { ext } = parts(first)
  let target = first
  for (let n = 1; taken.has(target); n += 1)
    target = `${first.slice(0, first.length - ext.length)}-${n}${ext}`
  await fs.rename(path.join(dir, name), path.join(dir, target))
  return target
}

/** Removes the temp files a crashed atomic write of `name` left behind (`.<name>.<hex>.tmp`). */
export async function removeOrphanTemps(fs: KeptFs, dir: string, name: string): Promise<number> {
  const pattern = new RegExp(`^\\.${escape(name)}\\.[0-9a-f]+\\.tmp$`)
  const entries = await fs.readdir(dir).catch(() => [] as string[])
  const orphans = entries.filter((entry) => pattern.test(entry))
  for (const orphan of orphans) await fs.rm(path.join(dir, orphan)).catch(() => undefined)
  return orphans.length
}

/** Runs storage actions one at a time, so two saves never finish out of order. */
export function createQueue() {
  let tail: Promise<unknown> = Promise.resolve()
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task)
    tail = run.catch(() => undefined)
    return run
  }
}
