import { msUntilStale, type FreshnessInput } from '../../../shared/monitor/freshness'
import type { Timers } from '../../../shared/monitor/monitor'

const REFRESH_MS = 15_000

/**
 * Evidence ages without any event: asks for a re-evaluation at the moment it turns stale (and at
 * least every 15 s, so "checked … ago" stays true). No network traffic.
 */
export function createStaleRefresh(deps: {
  readonly timers: Timers
  readonly now: () => number
  readonly snapshot: () => FreshnessInput
  readonly onDue: () => void
}) {
  let timer: unknown = null
  const clear = () => {
    if (timer !== null) deps.timers.clearTimeout(timer)
    timer = null
  }
  const schedule = () => {
    clear()
    const untilStale = msUntilStale(deps.snapshot(), deps.now())
    timer = deps.timers.setTimeout(
      () => {
        timer = null
        deps.onDue()
        schedule()
      },
      Math.min(REFRESH_MS, untilStale ?? REFRESH_MS),
    )
  }
  return {
    start: schedule,
    /** Re-aims the timer after new evidence; does nothing before start or after stop. */
    reschedule: () => {
      if (timer !== null) schedule()
    },
    stop: clear,
  }
}
