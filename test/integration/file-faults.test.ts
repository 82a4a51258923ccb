import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { openKeptLog } from '../../src/node/kept-log'
import { defaultHistoryBounds } from '../../src/shared/history/bounded-log'
import { historyEventSchema, type HistoryEvent } from '../../src/shared/history/history-event'
import { defaultSources } from '../../src/shared/net/sources'
import { createTestServices } from '../support/app-harness'
import { memoryFs } from '../support/memory-fs'
import { usProfile } from '../support/profiles'

const offline = async (): Promise<Response> => {
  throw new Error('offline')
}

/** The real services on a data folder the test prepared first (files in place before start). */
async function servicesOn(prepare: (dir: string) => void) {
  const dir = mkdtempSync(path.join(tmpdir(), 'paylight-files-'))
  prepare(dir)
  return createTestServices({
    fetch: offline,
    sources: [...defaultSources],
    paymentFiles: true,
    dataDir: dir,
  })
}

const fileView = (
  services: { state: () => { storage: { files: readonly { name: string }[] } } },
  name: string,
) =>
  services.state().storage.files.find((f) => f.name === name) as unknown as {
    status: { kind: string; code?: string }
    movedAside: readonly { file: string; reason: string }[]
  }

describe('a link in a kept file’s place', () => {
  const outside = () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'paylight-elsewhere-'))
    onTestFinished(() => rmSync(elsewhere, { recursive: true, force: true }))
    const target = path.join(elsewhere, 'someone-elses-file')
    writeFileSync(target, 'not PayLight’s\n')
    return target
  }

  it.each(['history.jsonl', 'declines.jsonl'])(
    'is never appended through (%s): refused, reported, the target untouched',
    async (name) => {
      const target = outside()
      const { services } = await servicesOn((dir) => symlinkSync(target, path.join(dir, name)))
      expect(fileView(services, name).status).toEqual({ kind: 'unreadable', code: 'ELOOP' })
      const reply = await services.ipc.logDecline({ message: 'Your card was declined.' })
      services.record({ type: 'light', at: new Date().toISOString(), from: null, to: 'grey' })
      await services.settled()
      if (name === 'declines.jsonl')
        expect(reply).toMatchObject({
          ok: false,
          reason: 'storage',
          error: { code: 'blocked-unreadable' },
        })
      expect(readFileSync(target, 'utf8')).toBe('not PayLight’s\n')
    },
  )

  it('a dangling link is refused too, never created through', async () => {
    const dangling = path.join(path.dirname(outside()), 'not-yet')
    const { services } = await servicesOn((dir) =>
      symlinkSync(dangling, path.join(dir, 'history.jsonl')),
    )
    services.record({ type: 'light', at: new Date().toISOString(), from: null, to: 'grey' })
    await services.settled()
    expect(readdirSync(path.dirname(dangling))).toEqual(['someone-elses-file'])
  })

  it('is never read or written through for settings: saves are refused, not answered ok', async () => {
    const target = outside()
    const { services } = await servicesOn((dir) =>
      symlinkSync(target, path.join(dir, 'settings.json')),
    )
    expect(fileView(services, 'settings.json').status).toEqual({
      kind: 'unreadable',
      code: 'ELOOP',
    })
    expect(await services.ipc.setLanguage('en')).toMatchObject({
      ok: false,
      error: { code: 'blocked-unreadable' },
    })
    expect(readFileSync(target, 'utf8')).toBe('not PayLight’s\n')
  })
})

describe('a FIFO in a kept file’s place', () => {
  it.each(['settings.json', 'history.jsonl', 'profiles.dat'])(
    '%s: the services start, the file is reported unreadable, nothing waits for a writer',
    async (name) => {
      const { services } = await servicesOn((dir) => execFileSync('mkfifo', [path.join(dir, name)]))
      services.record({ type: 'light', at: new Date().toISOString(), from: null, to: 'grey' })
      await services.settled()
      expect(fileView(services, name).status).toEqual({ kind: 'unreadable', code: 'ENOTREG' })
    },
  )
})

describe('a byte-order mark', () => {
  it('is not content: settings and the session load, nothing is moved aside', async () => {
    const { services } = await servicesOn((dir) => {
      writeFileSync(
        path.join(dir, 'settings.json'),
        `\ufeff${JSON.stringify({ version: 1, language: 'en' })}`,
      )
      writeFileSync(
        path.join(dir, 'session.json'),
        `\ufeff${JSON.stringify({ version: 1, config: { intervalMs: 20_000, maxMs: 1_200_000 }, state: { phase: 'idle' } })}`,
      )
    })
    expect(services.state().lang).toBe('en')
    expect(services.state().session.config.intervalMs).toBe(20_000)
    expect(fileView(services, 'settings.json').movedAside).toEqual([])
    expect(fileView(services, 'session.json').movedAside).toEqual([])
  })

  it('a moved-aside file with a BOM restores', async () => {
    const aside = 'settings.corrupt-2026-11-20T10-00-00-000Z.json'
    const { services } = await servicesOn((dir) =>
      writeFileSync(
        path.join(dir, aside),
        `\ufeff${JSON.stringify({ version: 1, language: 'en' })}`,
      ),
    )
    expect(await services.ipc.restoreFile({ file: 'settings.json', aside })).toEqual({ ok: true })
    expect(services.state().lang).toBe('en')
  })
})

describe('UTF-16 (Notepad’s "Unicode")', () => {
  const json = JSON.stringify({ version: 1, language: 'en' })
  const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16()
  it.each([
    ['little-endian with a byte-order mark', Buffer.from(`\ufeff${json}`, 'utf16le')],
    ['little-endian without one', Buffer.from(json, 'utf16le')],
    ['big-endian with a byte-order mark', utf16be(`\ufeff${json}`)],
  ])('settings saved as UTF-16 %s are read, nothing moved aside', async (_name, bytes) => {
    const { services } = await servicesOn((dir) =>
      writeFileSync(path.join(dir, 'settings.json'), bytes),
    )
    expect(services.state().lang).toBe('en')
    expect(fileView(services, 'settings.json').movedAside).toEqual([])
  })

  it('a moved-aside UTF-16 file restores', async () => {
    const aside = 'settings.corrupt-2026-11-20T10-00-00-000Z.json'
    const { services } = await servicesOn((dir) =>
      writeFileSync(path.join(dir, aside), Buffer.from(`\ufeff${json}`, 'utf16le')),
    )
    expect(await services.ipc.restoreFile({ file: 'settings.json', aside })).toEqual({ ok: true })
    expect(services.state().lang).toBe('en')
  })
})

describe('a restore that cannot be done says exactly why', () => {
  it.each([
    ['a newer version', { version: 99, language: 'en' }, 'future-version'],
    ['not JSON', '{"version":1,', 'corrupt'],
  ])('%s', async (_name, content, why) => {
    const aside = 'settings.replaced-2026-11-20T10-00-00-000Z.json'
    const { services } = await servicesOn((dir) =>
      writeFileSync(
        path.join(dir, aside),
        typeof content === 'string' ? content : JSON.stringify(content),
      ),
    )
    expect(await services.ipc.restoreFile({ file: 'settings.json', aside })).toEqual({
      ok: false,
      error: { code: 'invalid', detail: why },
    })
  })
})

describe('a setting that cannot be read', () => {
  it('is reported like any unreadable part of a file: the file moved aside and listed, the rest kept', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"version":1,"language":"e'),
      Buffer.from([0xff]),
      Buffer.from('n","notifications":false}'),
    ])
    const { services, dir } = await servicesOn((d) =>
      writeFileSync(path.join(d, 'settings.json'), bytes),
    )
    expect(services.state().settings.notifications).toBe(false)
    const listed = fileView(services, 'settings.json').movedAside
    expect(listed).toMatchObject([{ reason: 'invalid' }])
    // The bytes as they were are kept beside, never lost.
    expect(readFileSync(path.join(dir, listed[0]?.file ?? '')).equals(bytes)).toBe(true)
  })
})

describe('a save that did not reach the disk never answers ok', () => {
  const blockedFolder = (name: string) => (dir: string) => mkdirSync(path.join(dir, name))

  it('settings: language, pause and every other setting', async () => {
    const { services } = await servicesOn(blockedFolder('settings.json'))
    const refused = { ok: false, error: { code: 'blocked-unreadable' } }
    expect(await services.ipc.setLanguage('en')).toMatchObject(refused)
    expect(await services.ipc.setPaused(true)).toMatchObject(refused)
    expect(await services.ipc.updateSettings({ crossCheck: false })).toMatchObject(refused)
  })

  it('the payment session: start, begin, end and its settings', async () => {
    const { services } = await servicesOn(blockedFolder('session.json'))
    const refused = { ok: false, error: { code: 'blocked-unreadable' } }
    expect(await services.ipc.startSession(undefined)).toMatchObject(refused)
    expect(await services.ipc.beginSession(undefined)).toMatchObject(refused)
    expect(await services.ipc.endSession({ outcome: 'gave-up' })).toMatchObject(refused)
    expect(await services.ipc.updateSessionConfig({ intervalMs: 20_000 })).toMatchObject(refused)
  })

  it('profiles: deleting one and choosing the active one', async () => {
    const { services, dir } = await servicesOn(() => undefined)
    expect(await services.ipc.saveProfile(usProfile())).toEqual({ ok: true })
    rmSync(path.join(dir, 'profiles.dat'))
    mkdirSync(path.join(dir, 'profiles.dat'))
    await services.ipc.retryStorage(undefined)
    // A folder in its place: the write fails, and the reply says so with the book as it still is.
    expect(await services.ipc.deleteProfile('main')).toMatchObject({
      ok: false,
      error: { code: 'write-failed' },
      book: { profiles: [{ id: 'main' }] },
    })
    expect(await services.ipc.setActiveProfile('main')).toMatchObject({ ok: false })
  })
})

describe('the history bound', () => {
  it('holds the newest 10,000 entries at every moment, whatever the file’s slack', async () => {
    const { fs } = memoryFs()
    let now = Date.parse('2026-11-20T00:00:00Z')
    const log = openKeptLog<HistoryEvent>({
      dir: '/data',
      name: 'history.jsonl',
      version: 1,
      schema: historyEventSchema,
      ...defaultHistoryBounds,
      fs,
      now: () => now,
    })
    await log.load()
    let most = 0
    for (let i = 0; i < 12_600; i += 1) {
      now += 1000
      await log.append({
        type: 'light',
        at: new Date(now).toISOString(),
        from: 'green',
        to: 'yellow',
      })
      most = Math.max(most, log.records().length)
    }
    expect(defaultHistoryBounds.maxEntries).toBe(10_000)
    expect(most).toBe(10_000)
    expect(log.records().at(-1)?.at).toBe(now)
  })
})
