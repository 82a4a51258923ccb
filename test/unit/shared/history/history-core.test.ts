import { boundHistory } from '../../../../src/shared/history/bounded-log'
import { chartSeries } from '../../../../src/shared/history/chart-series'
import { parseHistoryEvent, type HistoryEvent } from '../../../../src/shared/history/history-event'
import { stability } from '../../../../src/shared/history/stability'

const HOUR = 3_600_000
const MIN = 60_000
const T0 = Date.parse('2026-11-26T00:00:00Z')
const iso = (ms: number) => new Date(ms).toISOString()
const exit = (at: number, to: string, toCountry: string, route = 'merchant'): HistoryEvent =>
  parseHistoryEvent({
    type: 'exit',
    at: iso(at),
    route,
    fromIp: '1.1.1.1',
    toIp: to,
    fromCountry: 'US',
    toCountry,
  }) as HistoryEvent
const light = (at: number, to: string): HistoryEvent =>
  parseHistoryEvent({ type: 'light', at: iso(at), from: null, to }) as HistoryEvent

describe('history events', () => {
  it('read back only when valid: unknown types, bad countries and extra fields are skipped', () => {
    expect(exit(T0, '2.2.2.2', 'DE')).toMatchObject({ type: 'exit', toCountry: 'DE' })
    expect(parseHistoryEvent({ type: 'exit', at: iso(T0), route: 'merchant' })).toBeNull()
    expect(parseHistoryEvent({ type: 'light', at: iso(T0), from: null, to: 'blue' })).toBeNull()
    expect(
      parseHistoryEvent({ type: 'light', at: iso(T0), from: null, to: 'red', card: '4242' }),
    ).toBeNull()
    expect(parseHistoryEvent('{"type":')).toBeNull()
  })
})

describe('the bounded log', () => {
  it('keeps 30 days and at most the newest 10 000 entries', () => {
    const now = T0 + 40 * 24 * HOUR
    const old = light(now - 31 * 24 * HOUR, 'red')
    const young = Array.from({ length: 10_005 }, (_, i) => light(now - 10_005 + i, 'green'))
    const kept = boundHistory([old, ...young], now, {
      maxAgeMs: 30 * 24 * HOUR,
      maxEntries: 10_000,
    })
    expect(kept.length).toBe(10_000)
    expect(kept[0]).toBe(young[5])
    expect(kept.includes(old)).toBe(false)
  })
})

describe('stability figures', () => {
  it('count change moments, find the longest quiet stretch and say how long it has been quiet', () => {
    const events = [
      light(T0, 'green'),
      exit(T0 + 2 * HOUR, '2.2.2.2', 'US'),
      // The same check moved the IPv4 route too: one moment, not two.
      exit(T0 + 2 * HOUR, '2.2.2.2', 'US', 'ipv4'),
      exit(T0 + 3 * HOUR, '3.3.3.3', 'DE'),
    ]
    const now = T0 + 6 * HOUR + 20 * MIN
    expect(stability(events, now, 24 * HOUR)).toEqual({
      changesPerDay: 2,
      changes: 2,
      longestStableMs: 3 * HOUR + 20 * MIN,
      stableSince: iso(T0 + 3 * HOUR),
      stableForMs: 3 * HOUR + 20 * MIN,
    })
  })

  it('know nothing without history, and count a quiet history from its first event', () => {
    expect(stability([], T0, 24 * HOUR).stableForMs).toBeNull()
    expect(stability([light(T0, 'green')], T0 + HOUR, 7 * 24 * HOUR)).toMatchObject({
      changes: 0,
      longestStableMs: HOUR,
      stableForMs: HOUR,
    })
  })
})

describe('chart series', () => {
  it('carries the value in force into the window and merges equal neighbours', () => {
    const events = [
      light(T0 - HOUR, 'green'),
      exit(T0 - HOUR, '2.2.2.2', 'US'),
      light(T0 + HOUR, 'green'),
      light(T0 + 2 * HOUR, 'red'),
      exit(T0 + 2 * HOUR, '3.3.3.3', 'DE'),
    ]
    const series = chartSeries(events, T0, T0 + 4 * HOUR, 4)
    expect(series.light).toEqual([
      { from: T0, to: T0 + 2 * HOUR, value: 'green' },
      { from: T0 + 2 * HOUR, to: T0 + 4 * HOUR, value: 'red' },
    ])
    expect(series.country).toEqual([
      { from: T0, to: T0 + 2 * HOUR, value: 'US' },
      { from: T0 + 2 * HOUR, to: T0 + 4 * HOUR, value: 'DE' },
    ])
    expect(series.exitChanges).toEqual([{ at: T0 + 2.5 * HOUR, count: 1 }])
  })

  it('shows the worst light of a busy column, so a brief red is never averaged away', () => {
    const events = [light(T0, 'green'), light(T0 + 10 * MIN, 'red'), light(T0 + 11 * MIN, 'green')]
    const busy = [
      ...events,
      ...Array.from({ length: 10 }, (_, i) =>
        light(T0 + (2 + i) * HOUR, i % 2 ? 'green' : 'yellow'),
      ),
    ]
    const series = chartSeries(busy, T0, T0 + 24 * HOUR, 4)
    expect(series.light[0]).toEqual({ from: T0, to: T0 + 6 * HOUR, value: 'red' })
    expect(series.light.length).toBeLessThanOrEqual(4)
  })

  it('draws ten thousand changes as at most one mark per column', () => {
    const events = Array.from({ length: 10_000 }, (_, i) =>
      exit(T0 + i * MIN, `9.9.${i % 250}.1`, 'US'),
    )
    const series = chartSeries(events, T0, T0 + 10_000 * MIN, 240)
    expect(series.exitChanges.length).toBe(240)
    expect(series.exitChanges.reduce((n, b) => n + b.count, 0)).toBe(10_000)
    expect(series.country).toEqual([{ from: T0, to: T0 + 10_000 * MIN, value: 'US' }])
  })
})
