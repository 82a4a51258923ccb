import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { openKeptFile } from '../../../src/node/kept-file'
import { failingFs } from '../../support/failing-fs'
import { useTempDirs } from '../../support/temp-dirs'

const schema = z.object({ version: z.literal(2), items: z.array(z.string()) })
type Doc = z.infer<typeof schema>
const empty: Doc = { version: 2, items: [] }
const at = Date.parse('2026-11-25T10:00:00Z')
const tempDir = useTempDirs()

const open = (dir: string, extra: Partial<Parameters<typeof openKeptFile<Doc>>[0]> = {}) =>
  openKeptFile<Doc>({
    dir,
    name: 'things.json',
    version: 2,
    schema,
    empty,
    now: () => at,
    migrations: { 1: (data) => ({ version: 2, items: data.list }) },
    ...extra,
  })
const write = (dir: string, text: string) => writeFileSync(path.join(dir, 'things.json'), text)
const read = (dir: string) => readFileSync(path.join(dir, 'things.json'), 'utf8')

describe('openKeptFile', () => {
  it('starts empty when the file does not exist, and round-trips a save', async () => {
    const dir = tempDir()
    const file = open(dir)
    await expect(file.load()).resolves.toEqual({ kind: 'empty', value: empty })
    await expect(file.save({ version: 2, items: ['a'] })).resolves.toEqual({ ok: true })
    await expect(open(dir).load()).resolves.toEqual({
      kind: 'loaded',
      value: { version: 2, items: ['a'] },
      migrated: false,
    })
  })

  it('migrates an older version and writes the migrated document back', async () => {
    const dir = tempDir()
    write(dir, JSON.stringify({ version: 1, list: ['x', 'y'] }))
    const result = await open(dir).load()
    expect(result).toEqual({
      kind: 'loaded',
      value: { version: 2, items: ['x', 'y'] },
      migrated: true,
    })
    expect(JSON.parse(read(dir))).toEqual({ version: 2, items: ['x', 'y'] })
  })

  it.each([
    ['corrupt JSON', '{"version":2,"ite', 'corrupt'],
    ['a newer version', JSON.stringify({ version: 3, items: [] }), 'future-version'],
    ['content the schema refuses', JSON.stringify({ version: 2, items: [1] }), 'invalid'],
  ] as const)(
    'moves %s aside (renamed, never deleted) and starts fresh',
    async (_, text, reason) => {
      const dir = tempDir()
      write(dir, text)
      const file = open(dir)
      const result = await file.load()
      const aside = `things.${reason}-2026-11-25T10-00-00-000Z.json`
      expect(result).toEqual({
        kind: 'moved-aside',
        value: empty,
        aside: { file: aside, reason, at: '2026-11-25T10:00:00.000Z' },
      })
      expect(readdirSync(dir)).toEqual([aside])
      expect(readFileSync(path.join(dir, aside), 'utf8')).toBe(text)
      expect(file.info().movedAside).toEqual([
        { file: aside, reason, at: '2026-11-25T10:00:00.000Z' },
      ])
      expect(file.status()).toEqual({ kind: 'ready' })
    },
  )

  it('treats a read error other than "not found" as unreadable and blocks overwriting (EISDIR)', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'things.json'))
    const file = open(dir)
    await expect(file.load()).resolves.toEqual({ kind: 'unreadable', value: empty, code: 'EISDIR' })
    await expect(file.save({ version: 2, items: ['new'] })).resolves.toEqual({
      ok: false,
      error: { code: 'blocked-unreadable', detail: 'EISDIR' },
    })
    expect(readdirSync(dir)).toEqual(['things.json'])
  })

  it.each(['EACCES', 'EBUSY', 'EPERM', 'EIO'])(
    'blocks on %s until a retry reads the file',
    async (code) => {
      const dir = tempDir()
      write(dir, JSON.stringify({ version: 2, items: ['kept'] }))
      const file = open(dir, { fs: failingFs({ readFile: code }) })
      await expect(file.load()).resolves.toMatchObject({ kind: 'unreadable', code })
      await expect(file.save(empty)).resolves.toMatchObject({
        ok: false,
        error: { code: 'blocked-unreadable' },
      })
      expect(JSON.parse(read(dir))).toEqual({ version: 2, items: ['kept'] })
      const healed = open(dir)
      await expect(healed.retry()).resolves.toMatchObject({
        kind: 'loaded',
        value: { items: ['kept'] },
      })
    },
  )

  it.each([
    ['ENOSPC', 'no-space'],
    ['EROFS', 'read-only'],
    ['EACCES', 'no-permission'],
  ])('keeps the old file and the held value when a write fails with %s', async (errno, code) => {
    const dir = tempDir()
    write(dir, JSON.stringify({ version: 2, items: ['old'] }))
    const file = open(dir, { fs: failingFs({ writeFileAtomic: errno }) })
    await file.load()
    const result = await file.save({ version: 2, items: ['new'] })
    expect(result).toMatchObject({ ok: false, error: { code } })
    expect(file.value()).toEqual({ version: 2, items: ['old'] })
    expect(JSON.parse(read(dir))).toEqual({ version: 2, items: ['old'] })
  })

  it('removes temp files an interrupted write left, and only those', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, '.things.json.0a1b2c3d4e5f.tmp'), 'half')
    writeFileSync(path.join(dir, '.other.json.0a1b2c3d4e5f.tmp'), 'not ours')
    await open(dir).load()
    expect(readdirSync(dir)).toEqual(['.other.json.0a1b2c3d4e5f.tmp'])
  })

  it('recreates a data folder deleted while the app runs', async () => {
    const dir = tempDir()
    const file = open(dir)
    await file.load()
    rmSync(dir, { recursive: true })
    await expect(file.save({ version: 2, items: ['again'] })).resolves.toEqual({ ok: true })
    expect(JSON.parse(read(dir))).toEqual({ version: 2, items: ['again'] })
  })

  it('moves the live file aside on request and starts fresh', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'things.json'))
    const file = open(dir)
    await file.load()
    await expect(file.moveAside()).resolves.toEqual({ ok: true })
    expect(file.status()).toEqual({ kind: 'ready' })
    expect(readdirSync(dir)).toEqual(['things.discarded-2026-11-25T10-00-00-000Z.json'])
    await expect(file.save({ version: 2, items: ['fresh'] })).resolves.toEqual({ ok: true })
  })

  it('restores a moved-aside file after validating it, moving the current one aside first', async () => {
    const dir = tempDir()
    write(dir, JSON.stringify({ version: 2, items: ['current'] }))
    const good = 'things.discarded-2026-11-24T10-00-00-000Z.json'
    writeFileSync(path.join(dir, good), JSON.stringify({ version: 1, list: ['older'] }))
    const file = open(dir)
    await file.load()
    await expect(file.restore(good)).resolves.toEqual({ ok: true })
    expect(file.value()).toEqual({ version: 2, items: ['older'] })
    expect(JSON.parse(read(dir))).toEqual({ version: 2, items: ['older'] })
    expect(readdirSync(dir).sort()).toEqual([
      'things.json',
      'things.replaced-2026-11-25T10-00-00-000Z.json',
    ])
  })

  it('changes nothing when the file to restore fails validation or is not one of ours', async () => {
    const dir = tempDir()
    write(dir, JSON.stringify({ version: 2, items: ['current'] }))
    const bad = 'things.corrupt-2026-11-24T10-00-00-000Z.json'
    writeFileSync(path.join(dir, bad), '{nope')
    const file = open(dir)
    await file.load()
    const before = readdirSync(dir).sort()
    await expect(file.restore(bad)).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    })
    await expect(file.restore('../../etc/passwd')).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    expect(readdirSync(dir).sort()).toEqual(before)
    expect(file.value()).toEqual({ version: 2, items: ['current'] })
  })

  it('never overwrites an earlier moved-aside file moved in the same millisecond', async () => {
    const dir = tempDir()
    write(dir, '{bad')
    await open(dir).load()
    write(dir, '{worse')
    await open(dir).load()
    expect(readdirSync(dir).sort()).toEqual([
      'things.corrupt-2026-11-25T10-00-00-000Z-1.json',
      'things.corrupt-2026-11-25T10-00-00-000Z.json',
    ])
  })
})
