import { CHECK_BUDGET_MS, createMonitor, steadyDelay } from '../../../src/shared/monitor/monitor'
import { realTimers } from '../../../src/shared/monitor/timers'
import { exitOf, observationOf } from '../../support/observations'

const MIN = 60_000

/** A monitor whose full checks take `checkMs` and see an exit unless `blind` says otherwise. */
function setup(options: { blind?: () => boolean; checkMs?: number } = {}) {
  const calls: { kind: string; at: number }[] = []
  const t0 = Date.now()
  const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
  const monitor = createMonitor({
    fullCheck: async () => {
      calls.push({ kind: 'full', at: Date.now() - t0 })
      await wait(options.checkMs ?? 100)
      const exits = options.blind?.() ? {} : { merchant: exitOf('merchant', '104.28.41.17', 'US') }
      return observationOf(Date.now(), exits)
    },
    probe: async (previous) => {
      calls.push({ kind: 'probe', at: Date.now() - t0 })
      await wait(options.checkMs ?? 100)
      return {
        kind: 'unchanged',
        observation: { ...previous, checkedAt: new Date().toISOString(), mode: 'probe' },
      }
    },
    now: () => Date.now(),
    timers: realTimers,
    intervalMs: MIN,
    onUpdate: () => undefined,
  })
  /** Starts it and lets the first check (which waits on the fake clock) finish. */
  const started = async () => {
    void monitor.start()
    await vi.advanceTimersByTimeAsync(options.checkMs ?? 100)
  }
  return { monitor, calls, started }
}

describe('the monitor after a local network change', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-25T10:00:00Z') }))
  afterEach(() => vi.useRealTimers())

  it('checks fully 500 ms after the last of a burst of changes, once', async () => {
    const { monitor, calls, started } = setup()
    await started()
    await vi.advanceTimersByTimeAsync(900)
    monitor.trigger('network-change')
    await vi.advanceTimersByTimeAsync(300)
    monitor.trigger('online')
    await vi.advanceTimersByTimeAsync(499)
    expect(calls.map((c) => c.kind)).toEqual(['full'])
    await vi.advanceTimersByTimeAsync(1)
    expect(calls.at(-1)).toEqual({ kind: 'full', at: 1800 })
    await vi.advanceTimersByTimeAsync(5000)
    expect(calls.map((c) => c.kind)).toEqual(['full', 'full'])
    expect(monitor.snapshot()).toMatchObject({ networkChangeAt: '2026-11-25T10:00:01.300Z' })
    expect(monitor.snapshot().lastAttempt).toMatchObject({ ok: true, trigger: 'online' })
    monitor.stop()
  })

  it('looks once more 2 s later when the first check saw no exit yet', async () => {
    let blind = false
    const { monitor, calls, started } = setup({ blind: () => blind })
    await started()
    blind = true
    monitor.trigger('network-change')
    await vi.advanceTimersByTimeAsync(600)
    expect(monitor.snapshot().lastAttempt).toMatchObject({ ok: false, trigger: 'network-change' })
    blind = false
    await vi.advanceTimersByTimeAsync(1999)
    expect(calls).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(1)
    expect(calls.at(-1)).toEqual({ kind: 'full', at: 2700 })
    await vi.advanceTimersByTimeAsync(200)
    expect(monitor.snapshot().lastAttempt).toMatchObject({ ok: true, trigger: 'network-change' })
    monitor.stop()
  })

  it('does not look again when the settled check saw an exit, nor while paused', async () => {
    const { monitor, calls, started } = setup()
    await started()
    monitor.trigger('network-change')
    await vi.advanceTimersByTimeAsync(5000)
    expect(calls.map((c) => c.kind)).toEqual(['full', 'full'])
    monitor.setPaused(true)
    await vi.advanceTimersByTimeAsync(100)
    calls.length = 0
    monitor.trigger('network-change')
    await vi.advanceTimersByTimeAsync(10_000)
    expect(calls).toEqual([])
    monitor.stop()
  })

  it('folds a change that arrives during a check into a re-run after it', async () => {
    const { monitor, calls, started } = setup({ checkMs: 1500 })
    await started()
    // The steady probe starts one interval less the check budget after the first check started.
    const probeAt = MIN - CHECK_BUDGET_MS
    await vi.advanceTimersByTimeAsync(probeAt - 1500 + 100) // a probe is under way
    expect(calls.map((c) => c.kind)).toEqual(['full', 'probe'])
    monitor.trigger('network-change')
    await vi.advanceTimersByTimeAsync(600)
    expect(calls.map((c) => c.kind)).toEqual(['full', 'probe'])
    await vi.advanceTimersByTimeAsync(1000)
    expect(calls.map((c) => c.kind)).toEqual(['full', 'probe', 'full'])
    expect(calls.at(-1)?.at).toBe(probeAt + 1500)
    monitor.stop()
  })
})

describe('the cadence override (a payment session)', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-25T10:00:00Z') }))
  afterEach(() => vi.useRealTimers())

  it('ticks at the faster cadence until cleared, without touching the user interval', async () => {
    const { monitor, calls, started } = setup({ checkMs: 50 })
    await started()
    monitor.setCadenceOverride(10_000)
    expect(monitor.snapshot()).toMatchObject({ intervalMs: MIN, cadenceOverrideMs: 10_000 })
    await vi.advanceTimersByTimeAsync(30_200)
    // The first tick comes a full period after the switch; then each starts one period less the
    // check budget after the one before, so an answer lands within the period.
    const period = 10_000 - CHECK_BUDGET_MS
    expect(calls.map((c) => c.at)).toEqual([0, 10_050, 10_050 + period, 10_050 + 2 * period])
    monitor.setCadenceOverride(null)
    calls.length = 0
    await vi.advanceTimersByTimeAsync(MIN - 1)
    expect(calls).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(calls).toHaveLength(1)
    expect(monitor.snapshot().cadenceOverrideMs).toBeNull()
    monitor.stop()
  })

  it('refuses a cadence so fast it would hammer the services', () => {
    const { monitor } = setup()
    monitor.setCadenceOverride(10)
    expect(monitor.snapshot().cadenceOverrideMs).toBe(2000)
    monitor.setCadenceOverride(Number.NaN)
    expect(monitor.snapshot().cadenceOverrideMs).toBeNull()
    monitor.stop()
  })
})

describe('steadyDelay', () => {
  it('starts the next check one tick less the budget after the last one started', () => {
    expect(steadyDelay(60_000, 400)).toBe(60_000 - CHECK_BUDGET_MS - 400)
    expect(steadyDelay(10_000, 0)).toBe(10_000 - CHECK_BUDGET_MS)
  })

  it('never waits less than half a tick, however long the last check took', () => {
    expect(steadyDelay(10_000, 60_000)).toBe(5000)
    expect(steadyDelay(60_000, -5)).toBe(60_000 - CHECK_BUDGET_MS)
  })
})
