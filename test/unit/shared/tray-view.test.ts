import type { AppState } from '../../../src/shared/contract/app-state'
import { menuLineMax, trayView } from '../../../src/shared/view/tray-view'
import { sampleAppState } from '../../support/app-state'

const t0 = Date.parse('2026-11-25T10:00:00Z')
/** The sample check's local time of day, as a clock shows it ("18:00" in Shanghai). */
const pad = (n: number) => String(n).padStart(2, '0')
const localClock = `${pad(new Date(t0).getHours())}:${pad(new Date(t0).getMinutes())}`

function state(partial: Partial<AppState> = {}): AppState {
  return { ...sampleAppState(t0, 'zh'), ...partial }
}

describe('trayView', () => {
  it('says the light, its reason, each exit with country and agreement, and the time of the check', () => {
    const view = trayView(state(), t0 + 12_000)
    expect(view.light).toBe('grey')
    expect(view.headline).toBe('灰灯：情况未知 — 尚未填写卡片资料，无法比较')
    expect(view.exitLines).toEqual([
      '商户：104.28.41.17 美国 US (2/2)',
      'IPv4：104.28.41.17 美国 US (2/2)',
      'IPv6：240e:3b7::1 中国 CN (2/2)',
    ])
    expect(view.tooltip.split('\n')).toEqual([
      '付款红绿灯 · 灰灯：情况未知 — 尚未填写卡片资料，无法比较',
      '关注的商户：OpenAI（ChatGPT / API）',
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
    expect(view.tooltip.split('\n')[1]).toBe(
      '关注的商户：OpenAI（ChatGPT / API）、Anthropic（Claude）',
    )
    expect(view.exitLines[0]).toBe(
      '商户：104.28.41.17 美国 US (2/2) · AS20473 The Constant Company, LL…',
    )
  })

  it('speaks English when the state says so', () => {
    const view = trayView(state({ lang: 'en' }), t0 + 3 * 60_000)
    expect(view.tooltip).toContain(
      'PayLight · Grey: unknown — No card profile yet, so there is nothing to compare',
    )
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

  it('keeps the menu headline short, and the whole reason in the tooltip', () => {
    const base = state()
    const long = '你的 IPv6 出口在中国 CN，与账单国家美国 US 不一致：'.repeat(4)
    const findings = base.verdict.findings.map((f) => ({ ...f, message: { zh: long, en: long } }))
    const view = trayView({ ...base, verdict: { ...base.verdict, findings } }, t0)
    expect(view.headline.length).toBeLessThanOrEqual(menuLineMax)
    expect(view.headline).toMatch(/^灰灯：情况未知 — 你的 IPv6 出口在中国 CN.*…$/)
    expect(view.tooltip.split('\n')[0]).toBe(`付款红绿灯 · 灰灯：情况未知 — ${long}`)
  })
})
