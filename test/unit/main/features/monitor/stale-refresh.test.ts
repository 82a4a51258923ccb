import { createStaleRefresh } from '../../../../../src/main/features/monitor/stale-refresh'
import { realTimers } from '../../../../../src/shared/monitor/timers'
import type { FreshnessInput } from '../../../../../src/shared/monitor/freshness'
import { exitOf, observationOf } from '../../../../support/observations'

describe('createStaleRefresh', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-25T10:00:00Z') }))
  afterEach(() => vi.useRealTimers())

  it('re-evaluates the moment evidence turns stale, and every 15 s while nothing happens', async () => {
    const snapshot: FreshnessInput = {
      observation: observationOf(Date.now(), { merchant: exitOf('merchant', '8.8.8.8', 'US') }),
      intervalMs: 15_000,
      sleptAt: null,
      lastAttempt: null,
    }
    const due: number[] = []
    const refresh = createStaleRefresh({
      timers: realTimers,
      now: () => Date.now(),
      snapshot: () => snapshot,
      onDue: () => due.push(Date.now()),
    })
    refresh.start()
    await vi.advanceTimersByTimeAsync(15_000)
    expect(due).toHaveLength(1)
    // Two intervals (30 s) after the check the evidence is stale: re-evaluated 1 ms past that,
    // besides the regular 15 s re-evaluation.
    await vi.advanceTimersByTimeAsync(15_001)
    expect(due.map((t) => t - Date.parse('2026-11-25T10:00:00Z'))).toEqual([15_000, 30_000, 30_001])
    refresh.stop()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(due).toHaveLength(3)
  })

  it('does not start on its own when rescheduled before start', () => {
    const refresh = createStaleRefresh({
      timers: realTimers,
      now: () => Date.now(),
      snapshot: () => ({ observation: null, intervalMs: 60_000, sleptAt: null, lastAttempt: null }),
      onDue: () => undefined,
    })
    refresh.reschedule()
    expect(vi.getTimerCount()).toBe(0)
  })
})
