import { tableFetch } from '../../support/fake-fetch'
import { createTestServices } from '../../support/app-harness'
import { traceBody } from '../../support/provider-bodies'
import type { SourceSpec } from '../../../src/shared/net/sources'

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
  it('is grey with "no card profile yet" even when the network is observed', async () => {
    const fetch = tableFetch({
      'https://m.test/trace': traceBody('104.28.41.17', 'US'),
      'https://g.test/trace': traceBody('104.28.41.17', 'US'),
    })
    const { services } = await createTestServices({ fetch, sources })
    await services.ipc.checkNow(undefined)
    const state = services.state()
    expect(state.monitor.observation?.exits.merchant?.ip).toBe('104.28.41.17')
    expect(state.verdict.light).toBe('grey')
    expect(state.verdict.findings.map((f) => f.id)).toEqual(['profile-missing'])
    expect(state.monitor.observation?.proxy).toContainEqual({
      url: 'https://js.stripe.com/',
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
    const chosen = await en.services.ipc.setLanguage('zh')
    expect(chosen.lang).toBe('zh')
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
    expect(notices).toEqual([
      {
        title: 'Exit country changed',
        body: "Merchant: United States of America US → People's Republic of China CN. Check before you pay.",
      },
    ])
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
    const state = await services.ipc.setPaused(true)
    expect(state.monitor.paused).toBe(true)
    expect(saved.at(-1)?.paused).toBe(true)
    services.stop()
  })

  it('pushes every state change to subscribers until they unsubscribe', async () => {
    const { services } = await createTestServices({ fetch: tableFetch({}), sources })
    const seen: boolean[] = []
    const off = services.subscribe((s) => seen.push(s.monitor.checking))
    await services.ipc.checkNow(undefined)
    off()
    const count = seen.length
    await services.ipc.checkNow(undefined)
    expect(seen[0]).toBe(true)
    expect(seen.at(-1)).toBe(false)
    expect(seen.length).toBe(count)
    services.stop()
  })

  it('applies and saves settings from the window', async () => {
    const { services, saved } = await createTestServices({ fetch: tableFetch({}), sources })
    const state = await services.ipc.updateSettings({ intervalMs: 120_000, crossCheck: false })
    expect(state.monitor.intervalMs).toBe(120_000)
    expect(state.settings).toMatchObject({ intervalMs: 120_000, crossCheck: false })
    expect(saved.at(-1)).toMatchObject({ intervalMs: 120_000, crossCheck: false })
    services.stop()
  })

  it('opens links only through the injected link opener', async () => {
    const { services, opened } = await createTestServices({ fetch: tableFetch({}), sources })
    await services.ipc.openLink('https://help.openai.com/')
    expect(opened).toEqual(['https://help.openai.com/'])
  })
})
