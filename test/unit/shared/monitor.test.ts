import { createMonitor } from '../../../src/shared/monitor/monitor'
import { realTimers } from '../../../src/shared/monitor/timers'
import type { MonitorSnapshot } from '../../../src/shared/monitor/freshness'
import type { Observation } from '../../../src/shared/monitor/observation'
import type { ProbeOutcome } from '../../../src/shared/monitor/run-check'
import { exitOf, observationOf } from '../../support/observations'

const MIN = 60_000

function setup(
  options: { failFull?: () => boolean; probe?: (prev: Observation) => ProbeOutcome } = {},
) {
  const calls: string[] = []
  const snapshots: MonitorSnapshot[] = []
  let release: (() => void) | null = null
  let holdNext = false
  const monitor = createMonitor({
    fullCheck: async () => {
      calls.push('full')
      if (holdNext) {
        holdNext = false
        await new Promise<void>((resolve) => (release = resolve))
      }
      const failed = options.failFull?.() ?? false
      return observationOf(
        Date.now(),
        failed ? {} : { merchant: exitOf('merchant', '104.28.41.17', 'US') },
      )
    },
    probe: async (previous) => {
      calls.push('probe')
      return (
        options.probe?.(previous) ?? {
          kind: 'unchanged',
          observation: {
            ...previous,
            checkedAt: new Date(Date.now()).toISOString(),
            mode: 'probe',
          },
        }
      )
    },
    now: () => Date.now(),
    timers: realTimers,
    intervalMs: MIN,
    onUpdate: (s) => snapshots.push(s),
  })
  return { monitor, calls, snapshots, hold: () => (holdNext = true), release: () => release?.() }
}

describe('createMonitor', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-25T10:00:00Z') }))
  afterEach(() => vi.useRealTimers())

  it('checks fully at start, then probes once per interval', async () => {
    const { monitor, calls } = setup()
    await monitor.start()
    expect(calls).toEqual(['full'])
    await vi.advanceTimersByTimeAsync(MIN)
    await vi.advanceTimersByTimeAsync(MIN)
    expect(calls).toEqual(['full', 'probe', 'probe'])
    expect(monitor.snapshot().observation?.mode).toBe('probe')
    monitor.stop()
  })

  it('runs a full check every ten minutes even when probes see no change', async () => {
    const { monitor, calls } = setup()
    await monitor.start()
    // Steady ticks start a check budget early, so the tenth minute is reached on the eleventh.
    await vi.advanceTimersByTimeAsync(10 * MIN)
    expect(calls.filter((c) => c === 'full')).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(MIN)
    expect(calls.filter((c) => c === 'full')).toHaveLength(2)
    monitor.stop()
  })

  it('follows a probe that saw a change with a full check at once', async () => {
    const { monitor, calls, snapshots } = setup({
      probe: () => ({ kind: 'changed', sightings: [] }),
    })
    await monitor.start()
    await vi.advanceTimersByTimeAsync(MIN)
    expect(calls).toEqual(['full', 'probe', 'full'])
    expect(snapshots.at(-1)?.lastAttempt?.trigger).toBe('probe-changed')
    monitor.stop()
  })

  it('coalesces triggers that arrive during a check into one re-run', async () => {
    const { monitor, calls, hold, release } = setup()
    hold()
    const first = monitor.start()
    void monitor.trigger('manual')
    void monitor.trigger('network-change')
    void monitor.trigger('online')
    release()
    await first
    await vi.advanceTimersByTimeAsync(0)
    expect(calls).toEqual(['full', 'full'])
    monitor.stop()
  })

  it('backs off after failures and records them', async () => {
    const { monitor, calls } = setup({ failFull: () => true })
    await monitor.start()
    expect(monitor.snapshot()).toMatchObject({ consecutiveFailures: 1, lastAttempt: { ok: false } })
    expect(monitor.snapshot().observation).toBeNull()
    await vi.advanceTimersByTimeAsync(MIN)
    expect(calls).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(MIN)
    expect(calls).toHaveLength(2)
    expect(monitor.snapshot().consecutiveFailures).toBe(2)
    monitor.stop()
  })

  it('keeps the last good observation but marks the failed attempt after it', async () => {
    let fail = false
    const { monitor } = setup({ failFull: () => fail })
    await monitor.start()
    fail = true
    await monitor.trigger('manual')
    const s = monitor.snapshot()
    expect(s.observation?.exits.merchant?.ip).toBe('104.28.41.17')
    expect(s.lastAttempt).toMatchObject({ ok: false, trigger: 'manual' })
    monitor.stop()
  })

  it('never gives two full checks the same stamp, even in the same millisecond', async () => {
    const { monitor } = setup()
    await monitor.start()
    const first = monitor.snapshot().observation
    await monitor.trigger('manual') // the fake clock has not moved: the same millisecond
    const second = monitor.snapshot().observation
    expect(second?.fullCheckAt).not.toBe(first?.fullCheckAt)
    expect(Date.parse(second!.fullCheckAt) - Date.parse(first!.fullCheckAt)).toBe(1)
    expect(second?.checkedAt).toBe(second?.fullCheckAt)
    monitor.stop()
  })

  it('treats a timer that fires far too late as a sleep and checks fully', async () => {
    const { monitor, calls } = setup()
    await monitor.start()
    vi.setSystemTime(Date.now() + 3 * 60 * MIN) // the clock jumps: the machine slept
    await vi.advanceTimersByTimeAsync(MIN)
    expect(calls).toEqual(['full', 'full'])
    expect(monitor.snapshot().sleptAt).not.toBeNull()
    monitor.stop()
  })

  it('marks suspend, then checks fully a few seconds after resume', async () => {
    const { monitor, calls } = setup()
    await monitor.start()
    monitor.suspend()
    expect(monitor.snapshot().nextCheckAt).toBeNull()
    monitor.resume()
    await vi.advanceTimersByTimeAsync(4000)
    expect(calls).toEqual(['full'])
    await vi.advanceTimersByTimeAsync(1000)
    expect(calls).toEqual(['full', 'full'])
    monitor.stop()
  })

  it('does nothing while paused and checks at once when resumed', async () => {
    const { monitor, calls } = setup()
    await monitor.start()
    monitor.setPaused(true)
    await vi.advanceTimersByTimeAsync(30 * MIN)
    expect(calls).toEqual(['full'])
    monitor.setPaused(false)
    await vi.advanceTimersByTimeAsync(0)
    expect(calls).toEqual(['full', 'full'])
    monitor.stop()
  })

  it('clamps the interval to 15 s – 30 min', () => {
    const { monitor } = setup()
    monitor.setIntervalMs(1000)
    expect(monitor.snapshot().intervalMs).toBe(15_000)
    monitor.setIntervalMs(10 * 60 * MIN)
    expect(monitor.snapshot().intervalMs).toBe(30 * MIN)
    monitor.stop()
  })

  it('records a crashing check as a failure instead of dying', async () => {
    const monitor = createMonitor({
      fullCheck: async () => {
        throw new Error('boom')
      },
      probe: async () => ({ kind: 'failed', sightings: [] }),
      now: () => Date.now(),
      timers: realTimers,
      onUpdate: () => undefined,
    })
    await monitor.start()
    expect(monitor.snapshot().lastAttempt?.ok).toBe(false)
    monitor.stop()
  })
})
