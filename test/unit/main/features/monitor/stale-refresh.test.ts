import {
  createStaleRefresh,
  msUntilUtcMidnight,
} from '../../../../../src/main/features/monitor/stale-refresh'
import { realTimers } from '../../../../../src/shared/monitor/timers'
import type { FreshnessInput } from '../../../../../src/shared/monitor/freshness'
import { exitOf, observationOf } from '../../../../support/observations'

const t0 = Date.parse('2026-11-25T10:00:00Z')

describe('createStaleRefresh', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date(t0) }))
  afterEach(() => vi.useRealTimers())

  /** A refresh over `snapshot()`, recording when it fell due (ms after t0). */
  const refreshOver = (snapshot: () => FreshnessInput) => {
    const due: number[] = []
    const refresh = createStaleRefresh({
      timers: realTimers,
      now: () => Date.now(),
      snapshot,
      onDue: () => due.push(Date.now() - t0),
    })
    return { refresh, due }
  }
  const none = (): FreshnessInput => ({
    observation: null,
    intervalMs: 60_000,
    sleptAt: null,
    lastAttempt: null,
  })

  const fresh = (): FreshnessInput => ({
    observation: observationOf(Date.now(), { merchant: exitOf('merchant', '8.8.8.8', 'US') }),
    intervalMs: 15_000,
    sleptAt: null,
    lastAttempt: null,
  })

  it('re-evaluates the moment evidence turns stale, and not before: nothing wakes in between', async () => {
    const snapshot = fresh()
    const { refresh, due } = refreshOver(() => snapshot)
    refresh.start()
    await vi.advanceTimersByTimeAsync(30_000)
    expect(due).toEqual([])
    // Two intervals (30 s) after the check the evidence is stale: re-evaluated 1 ms past that.
    await vi.advanceTimersByTimeAsync(1)
    expect(due).toEqual([30_001])
    refresh.stop()
    await vi.advanceTimersByTimeAsync(86_400_000)
    expect(due).toEqual([30_001])
  })

  it('with no fresh evidence, wakes only at midnight UTC, when card expiry findings move on', async () => {
    const { refresh, due } = refreshOver(none)
    refresh.start()
    await vi.advanceTimersByTimeAsync(2 * 86_400_000)
    expect(due.map((t) => new Date(t0 + t).toISOString())).toEqual([
      '2026-11-26T00:00:00.000Z',
      '2026-11-27T00:00:00.000Z',
    ])
    refresh.stop()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('re-aims after new evidence: stale two intervals after the newest check', async () => {
    let snapshot = fresh()
    const { refresh, due } = refreshOver(() => snapshot)
    refresh.start()
    await vi.advanceTimersByTimeAsync(20_000)
    snapshot = fresh()
    refresh.reschedule()
    await vi.advanceTimersByTimeAsync(30_001)
    expect(due).toEqual([50_001])
    refresh.stop()
  })

  it('does not start on its own when rescheduled before start', () => {
    const { refresh } = refreshOver(none)
    refresh.reschedule()
    expect(vi.getTimerCount()).toBe(0)
  })
})

describe('msUntilUtcMidnight', () => {
  it('counts to the next midnight UTC, a whole day at midnight itself', () => {
    expect(msUntilUtcMidnight(Date.parse('2026-11-25T23:59:59.000Z'))).toBe(1000)
    expect(msUntilUtcMidnight(Date.parse('2026-11-26T00:00:00.000Z'))).toBe(86_400_000)
    expect(msUntilUtcMidnight(t0)).toBe(14 * 3_600_000)
  })
})
