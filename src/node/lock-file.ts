import { randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import { link, lstat, open, readFile, rename, rm, writeFile } from 'node:fs/promises'

/** What is at a lock's path: a lock file with its text and age, something else, or nothing. */
export type LockFound =
  | { readonly kind: 'file'; readonly text: string; readonly ageMs: number }
  | { readonly kind: 'not-a-file' }
  | { readonly kind: 'none' }

const sideName = (file: string, what: string) =>
  `${file}.${what}-${process.pid}-${randomBytes(4).toString('hex')}`

/**
 * Creates the lock file with its whole content in one step, or reports EEXIST: the content goes to
 * a file of its own first and is then hard-linked into place, so no other instance can ever see
 * the lock half written (empty). Where a file system has no hard links, an exclusive create.
 */
export async function createLockFile(file: string, content: string): Promise<void> {
  const side = sideName(file, 'new')
  try {
    await writeFile(side, content, { flag: 'wx', mode: 0o600 })
    await link(side, file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST' || (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS'))
      throw error
    const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL
    const handle = await open(
      file,
      flags | ((constants.O_NOFOLLOW as number | undefined) ?? 0),
      0o600,
    )
    try {
      await handle.writeFile(content)
    } finally {
      await handle.close()
    }
  } finally {
    await rm(side, { force: true }).catch(() => undefined)
  }
}

/** Reads what is at the lock's path without following a link; never throws. */
export async function readLock(file: string, now: number): Promise<LockFound> {
  try {
    const info = await lstat(file)
    if (!info.isFile()) return { kind: 'not-a-file' }
    const text = await readFile(file, 'utf8')
    return { kind: 'file', text, ageMs: now - info.mtimeMs }
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT'
      ? { kind: 'none' }
      : { kind: 'not-a-file' }
  }
}

/**
 * Removes a stale lock only if it is still the one judged stale: it is moved aside in one step and
 * its text compared; a fresh lock another instance took meanwhile is put back, never deleted.
 */
export async function removeStaleLock(file: string, staleText: string): Promise<void> {
  const aside = sideName(file, 'stale')
  try {
    await rename(file, aside)
  } catch {
    return
  }
  const text = await readFile(aside, 'utf8').catch(() => null)
  if (text !== staleText) await link(aside, file).catch(() => undefined)
  await rm(aside, { force: true }).catch(() => undefined)
}
