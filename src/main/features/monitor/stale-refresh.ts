import { msUntilStale, type FreshnessInput } from '../../../shared/monitor/freshness'
import type { Timers } from '../../../shared/monitor/monitor'

const DAY_MS = 86_400_000

/** Milliseconds from `now` to the next midnight UTC, when calendar findings (card expiry) move on. */
export function msUntilUtcMidnight(now: number): number {
  return DAY_MS - (((now % DAY_MS) + DAY_MS) % DAY_MS)
}

/**
 * Asks for a re-evaluation when time alone changes the verdict between checks: the moment the
 * evidence turns stale (never a green from old evidence), and each midnight UTC, when a card's
 * expiry findings change. Every check re-evaluates anyway, so nothing else needs a timer; the
 * ages the window shows run on its own clock. No network traffic.
 */
export function createStaleRefresh(deps: {
  readonly timers: Timers
  readonly now: () => number
  readonly snapshot: () => FreshnessInput
  readonly onDue: () => void
}) {
  let timer: unknown = null
  let started = false
  const clear = () => {
    if (timer !== null) deps.timers.clearTimeout(timer)
    timer = null
  }
  const schedule = () => {
    clear()
    const now = deps.now()
    const untilStale = msUntilStale(deps.snapshot(), now)
    const untilMidnight = msUntilUtcMidnight(now)
    timer = deps.timers.setTimeout(
      () => {
        timer = null
        deps.onDue()
        schedule()
      },
      untilStale === null ? untilMidnight : Math.min(untilStale, untilMidnight),
    )
  }
  return {
    start: () => {
      started = true
      schedule()
    },
    /** Re-aims the timer after new evidence; does nothing before start or after stop. */
    reschedule: () => {
      if (started) schedule()
    },
    stop: () => {
      started = false
      clear()
    },
  }
}
