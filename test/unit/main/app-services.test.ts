import { tableFetch } from '../../support/fake-fetch'
import { createTestServices } from '../../support/app-harness'
import { traceBody } from '../../support/provider-bodies'
import type { SourceSpec } from '../../../src/shared/net/sources'
import type { FetchFn } from '../../../src/shared/net/fetch-text'
import type { AppState } from '../../../src/shared/contract/app-state'
import { dequal } from 'dequal/lite'
import { usProfile } from '../../support/profiles'

function deferred() {
  let resolve: () => void = () => undefined
  const promise = new Promise<void>((r) => (resolve = r))
  return { promise, resolve }
}

const sources: SourceSpec[] = [
  {
    name: 'chatgpt',
    url: 'https://m.test/trace',
    kind: 'merchant',
    family: 'any',
    parser: 'cf-trace',
    probe: true,
  },
  {
    name: 'cf-v4',
    url: 'https://g.test/trace',
    kind: 'trace',
    family: 'v4',
    parser: 'cf-trace',
    probe: false,
  },
]

describe('createAppServices', () => {
  it('runs the checks that need no card before a profile exists: grey, "no card profile yet"', async () => {
    const fetch = tableFetch({
      'https://m.test/trace': traceBody('104.28.41.17', 'US'),
      'https://g.test/trace': traceBody('104.28.41.17', 'US'),
    })
    const { services } = await createTestServices({ fetch, sources })
    await services.ipc.checkNow(undefined)
    const state = services.state()
    expect(state.monitor.observation?.exits.merchant?.ip).toBe('104.28.41.17')
    expect(state.verdict.light).toBe('grey')
    // The proxy sends js.stripe.com one way and chatgpt.com another: said without a card too.
    expect(state.verdict.findings.map((f) => f.id)).toEqual([
      'profile-missing',
      'split-routing-proxy',
    ])
    expect(state.monitor.observation?.proxy).toContainEqual({
      url: 'https://js.stripe.com/',
      role: 'processor',
      rule: 'PROXY 127.0.0.1:7890',
    })
    services.stop()
  })

  it('resolves the language from the system locale unless the user chose one', async () => {
    const fetch = tableFetch({})
    const zh = await createTestServices({ fetch, sources, systemLocale: 'zh-TW' })
    expect(zh.services.state().lang).toBe('zh')
    const en = await createTestServices({ fetch, sources, systemLocale: 'de-DE' })
    expect(en.services.state().lang).toBe('en')
    await expect(en.services.ipc.setLanguage('zh')).resolves.toEqual({ ok: true })
    expect(en.services.state().lang).toBe('zh')
    expect(en.saved.at(-1)?.language).toBe('zh')
  })

  it('notifies when the exit IP or its country changes, not on the first check', async () => {
    const table: Record<string, string> = {
      'https://m.test/trace': traceBody('104.28.41.17', 'US'),
      'https://g.test/trace': traceBody('104.28.41.17', 'US'),
    }
    const fetch = tableFetch(table)
    const { services, notices } = await createTestServices({
      fetch,
      sources,
      systemLocale: 'en-US',
    })
    await services.ipc.checkNow(undefined)
    expect(notices).toEqual([])
    table['https://m.test/trace'] = traceBody('1.2.4.8', 'CN')
    await services.ipc.checkNow(undefined)
    expect(notices).toMatchObject([
      {
        page: 'status',
        delivered: true,
        title: { en: 'Exit country changed', zh: '出口国家变了' },
        body: { en: 'United States 104.28.41.17 → China 1.2.4.8 (merchant route)' },
      },
    ])
    services.stop()
  })

  it('notifies of a move seen by a full check in the same millisecond as the one before', async () => {
    const table: Record<string, string> = {
      'https://m.test/trace': traceBody('104.28.41.17', 'US'),
      'https://g.test/trace': traceBody('104.28.41.17', 'US'),
    }
    const at = Date.parse('2026-11-25T10:00:00.000Z')
    const { services, notices } = await createTestServices({
      fetch: tableFetch(table),
      sources,
      systemLocale: 'en-US',
      now: () => at, // a clock that does not move between the two checks
    })
    await services.ipc.checkNow(undefined)
    table['https://m.test/trace'] = traceBody('1.2.4.8', 'CN')
    await services.ipc.checkNow(undefined)
    expect(notices.map((n) => n.title.en)).toEqual(['Exit country changed'])
  })

  it('pushes an exit move once, with its notice in it, and nothing after it', async () => {
    const table: Record<string, string> = {
      'https://m.test/trace': traceBody('104.28.41.17', 'US'),
      'https://g.test/trace': traceBody('104.28.41.17', 'US'),
    }
    const { services } = await createTestServices({
      fetch: tableFetch(table),
      sources,
      systemLocale: 'en-US',
      paymentFiles: true,
    })
    await services.ipc.saveProfile(usProfile())
    services.start()
    await vi.waitFor(() => expect(services.state().monitor.observation).not.toBeNull())
    await services.settled()
    const seen: AppState[] = []
    services.subscribe((s) => seen.push(s))
    table['https://m.test/trace'] = traceBody('1.2.4.8', 'CN')
    await services.ipc.checkNow(undefined)
    // The history's appends land on disk after the push: they must not push again.
    await services.settled()
    await new Promise((resolve) => setTimeout(resolve, 50))
    const moved = seen.filter((s) => s.monitor.observation?.exits.merchant?.ip === '1.2.4.8')
    expect(moved).toHaveLength(1)
    expect(moved[0]?.notices.map((n) => n.title.en)).toEqual(['Exit country changed'])
    expect(moved[0]?.history.entries).toBe(services.state().history.entries)
    expect(seen.at(-1)).toBe(moved[0])
  })

  it('republishes nothing while idle: every push shows something the one before did not', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-25T10:00:00Z') })
    onTestFinished(() => void vi.useRealTimers())
    const table = { 'https://m.test/trace': traceBody('104.28.41.17', 'US') }
    const { services } = await createTestServices({
      fetch: tableFetch(table),
      sources,
      now: () => Date.now(),
    })
    await services.ipc.saveProfile(usProfile())
    const seen: AppState[] = []
    services.subscribe((s) => seen.push(s))
    services.start()
    // Ten minutes of a steady network: a probe a minute, and the evidence re-judged meanwhile.
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    const repeats = seen.filter((s, i) => {
      const before = seen[i - 1]
      return before !== undefined && dequal({ ...s, revision: 0 }, { ...before, revision: 0 })
    })
    expect(seen.length).toBeGreaterThan(10)
    expect(repeats).toEqual([])
    services.stop()
  })

  it('stays quiet when notifications are off', async () => {
    const table: Record<string, string> = {
      'https://m.test/trace': traceBody('104.28.41.17', 'US'),
    }
    const fetch = tableFetch(table)
    const { services, notices } = await createTestServices({
      fetch,
      sources,
      settings: { notifications: false },
    })
    await services.ipc.checkNow(undefined)
    table['https://m.test/trace'] = traceBody('8.8.8.8', 'US')
    await services.ipc.checkNow(undefined)
    expect(notices).toEqual([])
    services.stop()
  })

  it('pauses and remembers it', async () => {
    const { services, saved } = await createTestServices({ fetch: tableFetch({}), sources })
    await services.ipc.setPaused(true)
    const state = services.state()
    expect(state.monitor.paused).toBe(true)
    expect(state.settings.paused).toBe(true)
    expect(saved.at(-1)?.paused).toBe(true)
    services.stop()
  })

  it('pushes one state per change, each with a higher revision, until unsubscribed', async () => {
    const gate = deferred()
    const table: Record<string, string> = {
      'https://m.test/trace': traceBody('104.28.41.17', 'US'),
      'https://g.test/trace': traceBody('104.28.41.17', 'US'),
    }
    const open = tableFetch(table)
    const fetch: FetchFn = async (url, init) => {
      await gate.promise
      return open(url, init)
    }
    const { services } = await createTestServices({ fetch, sources })
    const seen: AppState[] = []
    const off = services.subscribe((s) => seen.push(s))
    const reply = services.ipc.checkNow(undefined)
    await vi.waitFor(() => expect(seen).toHaveLength(1))
    expect(seen[0]?.monitor.checking).toBe(true)
    gate.resolve()
    await reply
    // The check's outcome (observation, attempt, schedule, exit tracking, verdict) is one push,
    // and it left before the reply did.
    expect(seen).toHaveLength(2)
    expect(seen[1]?.monitor.checking).toBe(false)
    expect(seen[1]?.monitor.observation?.exits.merchant?.ip).toBe('104.28.41.17')
    expect(seen[1]?.verdict.evidenceAt).toBe(seen[1]?.monitor.observation?.checkedAt)
    expect(seen[1]!.revision).toBeGreaterThan(seen[0]!.revision)
    expect(services.state()).toBe(seen[1])
    off()
    await services.ipc.checkNow(undefined)
    expect(seen).toHaveLength(2)
    services.stop()
  })

  it('pushes a settings change once, before acknowledging it', async () => {
    const { services } = await createTestServices({ fetch: tableFetch({}), sources })
    const before = services.state().revision
    const seen: AppState[] = []
    services.subscribe((s) => seen.push(s))
    await expect(services.ipc.updateSettings({ notifications: false })).resolves.toEqual({
      ok: true,
    })
    expect(seen.map((s) => [s.revision, s.settings.notifications])).toEqual([[before + 1, false]])
    services.stop()
  })

  it('applies and saves settings from the window', async () => {
    const { services, saved } = await createTestServices({ fetch: tableFetch({}), sources })
    await services.ipc.updateSettings({ intervalMs: 120_000, crossCheck: false })
    const state = services.state()
    expect(state.monitor.intervalMs).toBe(120_000)
    expect(state.settings).toMatchObject({ intervalMs: 120_000, crossCheck: false })
    expect(saved.at(-1)).toMatchObject({ intervalMs: 120_000, crossCheck: false })
    services.stop()
  })

  it('answers a profile switch with the book for the form; the state itself comes as one push', async () => {
    const { services } = await createTestServices({ fetch: tableFetch({}), sources })
    await services.ipc.saveProfile(usProfile())
    await services.ipc.saveProfile(usProfile({ card: { bin: '55555555' } }))
    const seen: AppState[] = []
    services.subscribe((s) => seen.push(s))
    const other = { ...usProfile(), id: 'second', label: 'Second' }
    await services.ipc.saveProfile(other)
    expect(seen).toHaveLength(1)
    const reply = await services.ipc.setActiveProfile('main')
    expect(reply).toEqual({ ok: true, book: services.state().profiles.book })
    expect(seen).toHaveLength(2)
    expect(seen[1]?.profiles.book.activeId).toBe('main')
  })

  it('opens links only through the injected link opener', async () => {
    const { services, opened } = await createTestServices({ fetch: tableFetch({}), sources })
    await services.ipc.openLink('https://help.openai.com/')
    expect(opened).toEqual(['https://help.openai.com/'])
  })
})
