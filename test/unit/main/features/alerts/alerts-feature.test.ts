import {
  alertLevelIn,
  createAlertsFeature,
} from '../../../../../src/main/features/alerts/alerts-feature'
import type { ComposedState } from '../../../../../src/main/features/feature'
import type { AlertEvent, AlertLevel } from '../../../../../src/shared/alerts/alert-event'
import type { Notice } from '../../../../../src/shared/alerts/alert-notice'
import type { NoticeInput } from '../../../../../src/shared/contract/notices'
import type { ExitChange } from '../../../../../src/shared/monitor/exit-changes'
import type { MonitorSnapshot } from '../../../../../src/shared/monitor/freshness'
import type { Light } from '../../../../../src/shared/verdict/light'
import type { Observation } from '../../../../../src/shared/monitor/observation'
import { exitOf, observationOf } from '../../../../support/observations'

const t0 = Date.parse('2026-11-25T10:00:00Z')
const seen = (s: number, ip: string, country: string): Observation =>
  observationOf(t0 + s * 1000, { merchant: exitOf('merchant', ip, country) })

function setup(level: AlertLevel = 'all', notify = true) {
  // Each notice comes in both languages; the tests read the English one.
  const raw: NoticeInput[] = []
  const notices: Notice[] = []
  const moves: (readonly ExitChange[])[] = []
  let fold: (snapshot: MonitorSnapshot) => void = () => undefined
  let at = t0
  const alerts = createAlertsFeature({
    monitor: { onSnapshot: (listener) => (fold = listener) },
    history: { exitChanges: (changes) => moves.push(changes) },
    notify: notify
      ? (n) => {
          raw.push(n)
          notices.push({ title: n.title.en, body: n.body.en, page: n.page ?? 'status' })
        }
      : undefined,
    now: () => at,
  })
  const check = (s: number, observation: Observation, light: Light) => {
    at = t0 + s * 1000
    const lastAttempt = {
      at: observation.checkedAt,
      ok: true,
      trigger: 'interval' as const,
      failures: [],
    }
    fold({ observation, lastAttempt, sleptAt: null, networkChangeAt: null } as never)
    const settings = { notifications: level !== 'off', alertLevel: level === 'off' ? 'all' : level }
    const app = {
      verdict: { light },
      monitor: { consecutiveFailures: 0 },
      settings,
      session: { state: { phase: 'idle' } },
    }
    alerts.judge(app as unknown as ComposedState)
  }
  return { alerts, notices, raw, moves, check }
}

describe('createAlertsFeature', () => {
  it('hands each event to every subscriber and shows it as a notice that opens its page', () => {
    const { alerts, notices, raw, check } = setup()
    const heard: AlertEvent[] = []
    const off = alerts.onAlert((e) => heard.push(e))
    check(0, seen(0, '104.28.41.17', 'US'), 'green')
    check(60, seen(60, '45.76.1.2', 'JP'), 'red')
    expect(heard.map((e) => e.kind)).toEqual(['exit-changed'])
    // Written in both languages, so the window can show it in the one chosen later.
    expect(raw[0]?.title.zh).toBe('出口国家变了')
    expect(raw[0]?.body.zh).toContain('日本 45.76.1.2')
    expect(notices).toEqual([
      {
        title: 'Exit country changed',
        body: 'United States 104.28.41.17 → Japan 45.76.1.2 (merchant route, IPv4); Light: green → red',
        page: 'status',
      },
    ])
    expect(alerts.slice().exitChangedAt).toBe('2026-11-25T10:01:00.000Z')
    off()
    check(120, seen(120, '104.28.41.17', 'US'), 'green')
    expect(heard).toHaveLength(1)
    expect(notices).toHaveLength(2)
  })

  it('still tells subscribers when the user wants no notices, and survives a failing subscriber', () => {
    const { alerts, notices, check } = setup('off')
    const heard: string[] = []
    alerts.onAlert(() => {
      throw new Error('broken consumer')
    })
    alerts.onAlert((e) => heard.push(e.kind))
    check(0, seen(0, '104.28.41.17', 'US'), 'green')
    check(60, seen(60, '104.28.41.18', 'US'), 'green')
    expect(heard).toEqual(['exit-changed'])
    expect(notices).toEqual([])
  })

  it('works where the platform cannot show notifications', () => {
    const { alerts, check } = setup('all', false)
    const heard: string[] = []
    alerts.onAlert((e) => heard.push(e.kind))
    check(0, seen(0, '104.28.41.17', 'US'), 'green')
    check(60, seen(60, '104.28.41.18', 'US'), 'yellow')
    expect(heard).toEqual(['exit-changed'])
  })

  it('hands every confirmed move to the history, even when no notice is wanted', () => {
    const { moves, check } = setup('off')
    check(0, seen(0, '104.28.41.17', 'US'), 'green')
    check(60, seen(60, '104.28.41.18', 'US'), 'green')
    expect(moves.map((m) => m.map((c) => c.toIp))).toEqual([['104.28.41.18', '104.28.41.18']])
  })

  it('says nothing beside a payment session that watches, and nothing with notifications off', () => {
    const settings = { notifications: true, alertLevel: 'all' } as const
    const state = (phase: string, on = true) =>
      ({ settings: { ...settings, notifications: on }, session: { state: { phase } } }) as never
    expect(alertLevelIn(state('idle'))).toBe('all')
    expect(alertLevelIn(state('watching'))).toBe('off')
    expect(alertLevelIn(state('idle', false))).toBe('off')
  })
})
