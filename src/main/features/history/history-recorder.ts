import type { ComposedState } from '../feature'
import type { HistoryEvent } from '../../../shared/history/history-event'
import type { Light } from '../../../shared/verdict/light'
import type { ExitChange } from '../../../shared/monitor/exit-changes'
import { pinExits } from '../../../shared/session/exit-pin'

/**
 * Turns what the app observes into history events: the exits as first seen, each exit change,
 * each light change, and failed checks aggregated into one event per streak (written when the
 * streak ends, so a long outage is one line, not hundreds).
 */
export function createHistoryRecorder(record: (event: HistoryEvent) => void, now: () => number) {
  let light: Light | null = null
  let seenExits = false
  let failing: { from: string; until: string; count: number } | null = null
  let lastAttemptAt: string | null = null

  const flushFailures = () => {
    if (!failing) return
    record({ type: 'checks-failed', at: failing.from, until: failing.until, count: failing.count })
    failing = null
  }

  return {
    /** Exit changes, per route, as the monitor's tracking reports them. */
    exitChanges: (changes: readonly ExitChange[], at: string) => {
      for (const c of changes)
        record({
          type: 'exit',
          at,
          route: c.route,
          fromIp: c.fromIp,
          toIp: c.toIp,
          fromCountry: c.fromCountry,
          toCountry: c.toCountry,
        })
    },
    /** Every published state: the first exits, light changes and failed checks. */
    state: (state: ComposedState) => {
      const { observation, lastAttempt } = state.monitor
      if (observation && !seenExits) {
        seenExits = true
        record({ type: 'snapshot', at: observation.checkedAt, exits: pinExits(observation) })
      }
      if (state.verdict.light !== light) {
        record({
          type: 'light',
          at: new Date(now()).toISOString(),
          from: light,
          to: state.verdict.light,
        })
        light = state.verdict.light
      }
      if (lastAttempt && lastAttempt.at !== lastAttemptAt) {
        lastAttemptAt = lastAttempt.at
        if (!lastAttempt.ok) {
          failing = failing
            ? { ...failing, until: lastAttempt.at, count: failing.count + 1 }
            : { from: lastAttempt.at, until: lastAttempt.at, count: 1 }
        } else flushFailures()
      }
    },
    /** After an erase: the next state records the exits and the light afresh. */
    reset: () => {
      light = null
      seenExits = false
    },
    stop: flushFailures,
  }
}
