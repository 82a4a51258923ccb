import type { AppState } from '../../../src/shared/contract/app-state'
import { menuLineMax, trayView } from '../../../src/shared/view/tray-view'
import { sampleAppState, watchingSession } from '../../support/app-state'

const t0 = Date.parse('2026-11-25T10:00:00Z')
/** The sample check's local time of day, as a clock shows it ("18:00" in Shanghai). */
const pad = (n: number) => String(n).padStart(2, '0')
const localClock = `${pad(new Date(t0).getHours())}:${pad(new Date(t0).getMinutes())}`

function state(partial: Partial<AppState> = {}): AppState {
  return { ...sampleAppState(t0, 'zh'), ...partial }
}

describe('trayView', () => {
  it('says the light, its headline, each exit with country and agreement, and the time of the check', () => {
    const view = trayView(state(), t0 + 12_000)
    // No card profile, and the IPv6 exit is in China: red, said in a few words.
    expect(view.light).toBe('red')
    expect(view.headline).toBe('红灯 · IPv6 出口在中国')
    expect(view.exitLines).toEqual([
      '商户：104.28.41.17 美国 US (2/2)',
      'IPv4：104.28.41.17 美国 US (2/2)',
      'IPv6：240e:3b7::1 中国 CN (2/2)',
    ])
    expect(view.tooltip.split('\n')).toEqual([
      '付款红绿灯 · 红灯 · IPv6 出口在中国',
      '关注的商户：OpenAI',
      ...view.exitLines,
      `上次检查 ${localClock}`,
    ])
    // The time, not an age: the tooltip stays true without being rewritten as time passes.
    expect(trayView(state(), t0 + 45 * 60_000).tooltip).toBe(view.tooltip)
  })

  it('names every watched merchant and the network owner of each exit', () => {
    const s = state()
    const observation = s.monitor.observation
    if (!observation?.exits.merchant) throw new Error('sample state has a merchant exit')
    const merchant = {
      ...observation.exits.merchant,
      network: {
        asn: 20473,
        org: 'The Constant Company, LLC (a long operator name)',
        kind: 'hosting' as const,
        reason: 'known-hosting' as const,
        witnesses: [],
        agreement: 'none' as const,
      },
    }
    const view = trayView(
      {
        ...s,
        settings: { ...s.settings, merchants: ['openai', 'anthropic'] },
        monitor: {
          ...s.monitor,
          observation: { ...observation, exits: { ...observation.exits, merchant } },
        },
      },
      t0,
    )
    expect(view.tooltip.split('\n')[1]).toBe('关注的商户：OpenAI、Anthropic')
    expect(view.exitLines[0]).toBe(
      '商户：104.28.41.17 美国 US (2/2) · AS20473 The Constant Company, LL…',
    )
  })

  it('speaks English when the state says so', () => {
    const view = trayView(state({ lang: 'en' }), t0 + 3 * 60_000)
    expect(view.tooltip).toContain('PayLight · Red · IPv6 exit in China')
    expect(view.tooltip).toContain(`last checked ${localClock}`)
  })

  it('says when monitoring is paused instead of the time of the check', () => {
    const s = state()
    const view = trayView({ ...s, monitor: { ...s.monitor, paused: true } }, t0)
    expect(view.tooltip.endsWith('监测已暂停')).toBe(true)
    expect(view.paused).toBe(true)
  })

  it('says "not observed" for a missing exit and "not checked yet" before any check', () => {
    const s = state()
    const view = trayView({ ...s, monitor: { ...s.monitor, observation: null } }, t0)
    expect(view.exitLines[0]).toBe('商户：未观察到')
    expect(view.tooltip.endsWith('尚未检查')).toBe(true)
  })

  it('says the last check failed instead of the time of the check', () => {
    const s = state()
    const lastAttempt = {
      at: new Date(t0 + 1000).toISOString(),
      ok: false,
      trigger: 'interval' as const,
      failures: [],
    }
    const lines = trayView(
      { ...s, monitor: { ...s.monitor, lastAttempt } },
      t0 + 2000,
    ).tooltip.split('\n')
    expect(lines.at(-1)).toBe('上次检查失败，无法得知出口')
  })

  it('keeps the menu headline short even when a headline runs long', () => {
    const base = state()
    const long = '你的 IPv6 出口在中国 CN，与账单国家美国 US 不一致：'.repeat(4)
    const findings = base.verdict.findings.map((f) => ({ ...f, headline: { zh: long, en: long } }))
    const view = trayView({ ...base, verdict: { ...base.verdict, findings } }, t0)
    expect(view.headline.length).toBeLessThanOrEqual(menuLineMax)
    expect(view.headline).toMatch(/^红灯 · 你的 IPv6 出口在中国 CN.*…$/)
    expect(view.tooltip.split('\n')[0]).toBe(`付款红绿灯 · 红灯 · ${long}`)
  })

  it('during the urgent stop: a red icon, the stop first, the way back, and nothing before them', () => {
    const base = state()
    const at = new Date(t0).toISOString()
    const view = trayView({ ...base, session: watchingSession(base, at, 1, 2) }, t0 + 60_000)
    expect(view.light).toBe('red')
    expect(view.urgent).toBe(true)
    expect(view.headline).toBe('停：付款期间出口变了，现在不要提交')
    expect(view.paymentLines).toEqual([
      '切回 104.28.41.17 美国 或重新开始',
      '（之后又变了 2 次）',
      '准备付款中 · 已进行 1 分钟',
    ])
    // A green verdict does not soften it: the icon is the stop's.
    const green = { ...base.verdict, light: 'green' as const, findings: [] }
    const calm = trayView({ ...base, verdict: green, session: watchingSession(base, at) }, t0)
    expect(calm.light).toBe('red')
    // After the session: gone.
    expect(trayView({ ...base, verdict: green }, t0)).toMatchObject({
      light: 'green',
      urgent: false,
      headline: '绿灯 · 可以付款',
    })
  })
})
