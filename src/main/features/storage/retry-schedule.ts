import type { Timers } from '../../../shared/monitor/timers'

/** Waits between retries of a blocked file: soon at first (a keyring unlocking after login), then rarer. */
export const retryDelaysMs: readonly number[] = [5_000, 15_000, 60_000, 300_000]

/**
 * One retry timer with back-off: `arm` schedules the next attempt (each later than the last, up
 * to the longest delay), `reset` starts over from the shortest (the window got focus), `stop`
 * clears it. Only one timer is ever pending.
 */
export function createRetrySchedule(timers: Timers, attempt: () => Promise<boolean>) {
  let step = 0
  let handle: unknown = null
  const clear = () => {
    if (handle !== null) timers.clearTimeout(handle)
    handle = null
  }
  const arm = () => {
    clear()
    const delay = retryDelaysMs[Math.min(step, retryDelaysMs.length - 1)] ?? 300_000
    step += 1
    handle = timers.setTimeout(() => {
      handle = null
      void attempt().then((stillBlocked) => (stillBlocked ? arm() : (step = 0)))
    }, delay)
  }
  return {
    arm: () => {
      if (handle === null) arm()
    },
    reset: () => {
      step = 0
      clear()
    },
    stop: clear,
  }
}
