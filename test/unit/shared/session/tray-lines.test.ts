import { paymentTrayLines } from '../../../../src/shared/session/tray-lines'
import { noExits } from '../../../../src/shared/session/exit-pin'
import { sampleAppState } from '../../../support/app-state'

const T0 = Date.parse('2026-11-26T10:00:00Z')

describe('the tray lines about payment', () => {
  it('say nothing when no session or cool-down runs', () => {
    expect(paymentTrayLines(sampleAppState(T0), T0)).toEqual([])
  })

  it('say how long the session runs, then the cool-down countdown when the light is not the cool-down', () => {
    const base = sampleAppState(T0)
    const state = {
      ...base,
      session: {
        ...base.session,
        state: {
          phase: 'watching' as const,
          id: 's1',
          startedAt: new Date(T0 - 3 * 60_000).toISOString(),
          deadline: new Date(T0 + 17 * 60_000).toISOString(),
          pin: { at: new Date(T0).toISOString(), exits: noExits, light: 'green' as const },
          alerts: [{ kind: 'light' as const, from: 'green' as const, to: 'red' as const }],
          moreChanges: 0,
          latest: [],
          firstAlertAt: new Date(T0).toISOString(),
          lastLight: 'red' as const,
        },
      },
      declines: {
        ...base.declines,
        cooldown: {
          kind: 'active' as const,
          until: new Date(T0 + 17 * 3_600_000).toISOString(),
          remainingMs: 17 * 3_600_000,
          count: 3,
          lastAt: new Date(T0 - 7 * 3_600_000).toISOString(),
        },
      },
    }
    // The stop itself leads the menu (trayView's headline); these lines follow it.
    expect(paymentTrayLines(state, T0)).toEqual([
      '准备付款中 · 已进行 3 分钟',
      '冷却中 · 还需等待 17 小时',
    ])
    expect(paymentTrayLines({ ...state, lang: 'en' }, T0)).toEqual([
      'Ready to pay · 3 min so far',
      'Cool-down · 17 h to wait',
    ])
    // When the light is the cool-down, the first line says it: not again below.
    const waiting = { ...state, verdict: { ...state.verdict, light: 'wait' as const } }
    expect(paymentTrayLines(waiting, T0)).toEqual(['准备付款中 · 已进行 3 分钟'])
  })
})
