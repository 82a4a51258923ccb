import {
  appendFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { openKeptLog } from '../../../src/node/kept-log'
import { failingFs } from '../../support/failing-fs'
import { useTempDirs } from '../../support/temp-dirs'

const schema = z.object({ code: z.string() })
const tempDir = useTempDirs()
const day = 86_400_000

const open = (
  dir: string,
  options: { now?: () => number; maxEntries?: number; fs?: ReturnType<typeof failingFs> } = {},
) =>
  openKeptLog({
    dir,
    name: 'declines.jsonl',
    version: 1,
    schema,
    maxEntries: options.maxEntries ?? 100,
    maxAgeMs: 30 * day,
    now: options.now ?? (() => 1_000 * day),
    ...(options.fs ? { fs: options.fs } : {}),
  })
const file = (dir: string) => path.join(dir, 'declines.jsonl')
const line = (code: string, at = 1_000 * day) => `${JSON.stringify({ v: 1, at, e: { code } })}\n`

describe('openKeptLog', () => {
  it('appends durably and reads entries back in order', async () => {
    const dir = tempDir()
    const log = open(dir)
    await log.load()
    await expect(log.append({ code: 'a' })).resolves.toEqual({ ok: true })
    await expect(log.append({ code: 'b' })).resolves.toEqual({ ok: true })
    const again = await open(dir).load()
    expect(again).toMatchObject({ kind: 'loaded', skipped: 0, tornTail: false })
    expect(again.records.map((r) => r.entry.code)).toEqual(['a', 'b'])
  })

  it('skips a torn last line (never fatal) and starts the next entry on a fresh line', async () => {
    const dir = tempDir()
    writeFileSync(file(dir), `${line('a')}${line('b')}{"v":1,"at":5,"e":{"co`)
    const log = open(dir)
    const loaded = await log.load()
    expect(loaded).toMatchObject({ kind: 'loaded', skipped: 0, tornTail: true })
    expect(loaded.records.map((r) => r.entry.code)).toEqual(['a', 'b'])
    await log.append({ code: 'c' })
    const again = await open(dir).load()
    expect(again.records.map((r) => r.entry.code)).toEqual(['a', 'b', 'c'])
  })

  it('compacts by an atomic rewrite when over its entry limit, keeping the newest', async () => {
    const dir = tempDir()
    writeFileSync(file(dir), Array.from({ length: 30 }, (_, i) => line(`e${i}`)).join(''))
    const log = open(dir, { maxEntries: 10 })
    await log.load()
    expect(log.records().map((r) => r.entry.code)).toEqual(
      Array.from({ length: 10 }, (_, i) => `e${i + 20}`),
    )
    expect(readFileSync(file(dir), 'utf8').trim().split('\n')).toHaveLength(10)
  })

  it('drops entries older than its age limit when compacting', async () => {
    const dir = tempDir()
    writeFileSync(file(dir), `${line('old', 900 * day)}${line('new', 999 * day)}`)
    const log = open(dir)
    await log.load()
    expect(log.records().map((r) => r.entry.code)).toEqual(['new'])
  })

  it('moves a file with damaged lines aside before rewriting it, so no line is silently lost', async () => {
    const dir = tempDir()
    const text = `${line('a')}garbage\n${Array.from({ length: 20 }, (_, i) => line(`e${i}`)).join('')}`
    writeFileSync(file(dir), text)
    const log = open(dir, { maxEntries: 5 })
    await expect(log.load()).resolves.toMatchObject({ skipped: 1 })
    const aside = readdirSync(dir).filter((name) => name.startsWith('declines.corrupt-'))
    expect(aside).toHaveLength(1)
    expect(readFileSync(path.join(dir, aside[0] ?? ''), 'utf8')).toBe(text)
    expect(log.info().movedAside.map((m) => m.reason)).toEqual(['corrupt'])
  })

  it('blocks appends when the log exists but cannot be read (EISDIR)', async () => {
    const dir = tempDir()
    mkdirSync(file(dir))
    const log = open(dir)
    await expect(log.load()).resolves.toMatchObject({ kind: 'unreadable', code: 'EISDIR' })
    await expect(log.append({ code: 'x' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'blocked-unreadable' },
    })
    await expect(log.clear()).resolves.toMatchObject({ ok: false })
  })

  it('keeps the held entries when an append fails with ENOSPC, then recovers on a fresh line', async () => {
    const dir = tempDir()
    writeFileSync(file(dir), line('a'))
    const full = open(dir, { fs: failingFs({ appendDurable: 'ENOSPC' }) })
    await full.load()
    await expect(full.append({ code: 'b' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'no-space' },
    })
    expect(full.records().map((r) => r.entry.code)).toEqual(['a'])
    appendFileSync(file(dir), '{"v":1,"at"')
    const log = open(dir)
    await log.load()
    await log.append({ code: 'c' })
    expect((await open(dir).load()).records.map((r) => r.entry.code)).toEqual(['a', 'c'])
  })

  it('clears with an atomic rewrite, and recreates a folder deleted mid-run', async () => {
    const dir = tempDir()
    const log = open(dir)
    await log.load()
    await log.append({ code: 'a' })
    rmSync(dir, { recursive: true })
    await expect(log.append({ code: 'b' })).resolves.toEqual({ ok: true })
    await expect(log.clear()).resolves.toEqual({ ok: true })
    expect(readFileSync(file(dir), 'utf8')).toBe('')
    expect(log.records()).toEqual([])
  })

  it('refuses an entry its schema does not accept', async () => {
    const log = open(tempDir())
    await log.load()
    await expect(log.append({ code: 5 } as never)).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    })
  })
})
