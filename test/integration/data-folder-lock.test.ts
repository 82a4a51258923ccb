import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import path from 'node:path'
import { LOCK_FILE, takeDataFolder } from '../../src/node/data-folder-lock'
import { createSettingsStore } from '../../src/node/settings-store'
import { defaultSettings } from '../../src/shared/contract/settings'

interface Answer {
  readonly kind: 'owner' | 'read-only'
  readonly saved: { ok: boolean; error?: { code: string } }
  readonly pid: number
}

const holder = path.resolve('test/support/data-folder-holder.ts')

/** Starts a real second process; resolves with its first line, and the process to stop it by. */
function instance(dir: string, language: string, hold = false) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', holder, dir, language, ...(hold ? ['hold'] : [])],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const answer = new Promise<Answer>((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0] as string) as Answer)
    })
    child.once('exit', (code) =>
      reject(new Error(`instance exited (${code}) before answering: ${out}`)),
    )
  })
  return { child, answer, exited }
}

describe('two PayLight instances on one data folder', { timeout: 60_000 }, () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'paylight-lock-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('the second (a real process) is read-only: its save says why, and the first one’s setting stays', async () => {
    const first = instance(dir, 'zh', true)
    try {
      expect(await first.answer).toMatchObject({ kind: 'owner', saved: { ok: true } })
      const second = instance(dir, 'en')
      expect(await second.answer).toMatchObject({
        kind: 'read-only',
        saved: { ok: false, error: { code: 'other-instance' } },
      })
      await second.exited
      expect(JSON.parse(readFileSync(path.join(dir, 'settings.json'), 'utf8'))).toMatchObject({
        language: 'zh',
      })
    } finally {
      first.child.kill('SIGKILL')
      await first.exited
    }
    // The first one died without releasing: its lock is stale, and the next instance takes over.
    const third = instance(dir, 'en')
    expect(await third.answer).toMatchObject({ kind: 'owner', saved: { ok: true } })
    await third.exited
    expect(JSON.parse(readFileSync(path.join(dir, 'settings.json'), 'utf8'))).toMatchObject({
      language: 'en',
    })
  })

  it('takes over a lock that cannot be read, and one of a process that is gone', async () => {
    writeFileSync(path.join(dir, LOCK_FILE), 'garbage')
    const taken = await takeDataFolder(dir, { pid: 1001 })
    expect(taken.kind).toBe('owner')
    if (taken.kind === 'owner') await taken.release()
    writeFileSync(
      path.join(dir, LOCK_FILE),
      JSON.stringify({ pid: 999_999, host: 'here', since: '2026-01-01T00:00:00Z' }),
    )
    expect((await takeDataFolder(dir, { host: 'here', alive: () => false })).kind).toBe('owner')
  })

  it('a read-only instance writes, appends, renames and removes nothing', async () => {
    const owner = await takeDataFolder(dir, { pid: 4242 })
    const other = await takeDataFolder(dir, { pid: 4343, alive: (pid) => pid === 4242 })
    expect(other).toMatchObject({ kind: 'read-only', holder: { pid: 4242 } })
    writeFileSync(path.join(dir, '.settings.json.abc123.tmp'), 'the owner is writing this')
    const store = createSettingsStore(dir, { fs: other.fs })
    await store.load()
    await expect(store.save({ ...defaultSettings, language: 'en' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'other-instance' },
    })
    // Not an orphan to the reader: the owner's temp file is still there.
    expect(readFileSync(path.join(dir, '.settings.json.abc123.tmp'), 'utf8')).toBe(
      'the owner is writing this',
    )
    if (owner.kind === 'owner') await owner.release()
  })

  it('two instances taking the folder at once: exactly one owner, every time', async () => {
    for (let round = 0; round < 150; round += 1) {
      const here = mkdtempSync(path.join(tmpdir(), 'paylight-lock-race-'))
      try {
        const taken = await Promise.all(
          [7001, 7002].map((pid) => takeDataFolder(here, { pid, host: 'here', alive: () => true })),
        )
        expect(
          taken.filter((t) => t.kind === 'owner'),
          `round ${round}`,
        ).toHaveLength(1)
      } finally {
        rmSync(here, { recursive: true, force: true })
      }
    }
  })

  it('an empty lock just created is not stale; an old empty one is', async () => {
    writeFileSync(path.join(dir, LOCK_FILE), '')
    expect((await takeDataFolder(dir, { pid: 7003 })).kind).toBe('read-only')
    const old = new Date(Date.now() - 60_000)
    utimesSync(path.join(dir, LOCK_FILE), old, old)
    const taken = await takeDataFolder(dir, { pid: 7003 })
    expect(taken.kind).toBe('owner')
    if (taken.kind === 'owner') await taken.release()
  })

  it('a directory where the lock goes opens the folder read-only, and is left alone', async () => {
    mkdirSync(path.join(dir, LOCK_FILE))
    writeFileSync(path.join(dir, LOCK_FILE, 'keep.txt'), 'mine')
    await expect(takeDataFolder(dir, { pid: 7004 })).resolves.toMatchObject({
      kind: 'read-only',
      holder: { pid: null },
    })
    expect(readFileSync(path.join(dir, LOCK_FILE, 'keep.txt'), 'utf8')).toBe('mine')
  })

  it('a live process id on this machine holds the folder, whatever program it is', async () => {
    writeFileSync(
      path.join(dir, LOCK_FILE),
      JSON.stringify({ pid: 1, host: hostname(), since: '2026-01-01T00:00:00Z' }),
    )
    expect(await takeDataFolder(dir, { pid: 7005 })).toMatchObject({
      kind: 'read-only',
      holder: { pid: 1 },
    })
  })
})
