import type { AlertEvent } from '../../src/shared/alerts/alert-event'
import {
  initialAlertState,
  judgeAlerts,
  observeSnapshot,
  type AlertSnapshot,
} from '../../src/shared/alerts/alert-policy'
import type { Light } from '../../src/shared/verdict/light'
import type { CheckTrigger } from '../../src/shared/monitor/freshness'
import type { Exit, Observation } from '../../src/shared/monitor/observation'
import { exitOf, observationOf } from './observations'

/** Exits in a compact form: route → [ip, country]. */
export type ExitsSpec = Partial<Record<Exit['route'], readonly [string, string]>>

const exitsOf = (spec: ExitsSpec): Partial<Observation['exits']> => ({
  merchant: spec.merchant ? exitOf('merchant', ...spec.merchant) : null,
  ipv4: spec.ipv4 ? exitOf('ipv4', ...spec.ipv4) : null,
  ipv6: spec.ipv6 ? exitOf('ipv6', ...spec.ipv6) : null,
})

/**
 * Plays the monitor's side of a sequence (checks, probes, failures, sleep, interface changes) on
 * a fake clock in seconds, folding each update into the alert policy as the app does and judging
 * it with the light the verdict would show. Collects every event.
 */
export function alertDriver(start = Date.parse('2026-11-25T10:00:00Z')) {
  let state = initialAlertState
  let failures = 0
  let snapshot: AlertSnapshot = {
    observation: null,
    lastAttempt: null,
    sleptAt: null,
    networkChangeAt: null,
  }
  const events: AlertEvent[] = []
  const iso = (s: number) => new Date(start + s * 1000).toISOString()
  const step = (s: number, patch: Partial<AlertSnapshot>, light: Light) => {
    snapshot = { ...snapshot, ...patch }
    state = observeSnapshot(state, snapshot)
    const judged = judgeAlerts(state, {
      at: start + s * 1000,
      light,
      consecutiveFailures: failures,
    })
    state = judged.state
    events.push(...judged.events)
  }
  const attempt = (s: number, ok: boolean, trigger: CheckTrigger) => ({
    at: iso(s),
    ok,
    trigger,
    failures: [],
  })
  return {
    events,
    state: () => state,
    /** A full check at second `s` that saw these exits. */
    full(s: number, exits: ExitsSpec, light: Light, trigger: CheckTrigger = 'interval') {
      failures = 0
      step(
        s,
        {
          observation: observationOf(start + s * 1000, exitsOf(exits)),
          lastAttempt: attempt(s, true, trigger),
        },
        light,
      )
    },
    /** A probe at second `s` that confirmed the last observation. */
    probe(s: number, light: Light) {
      const previous = snapshot.observation
      if (!previous) throw new Error('probe before any observation')
      failures = 0
      step(
        s,
        {
          observation: { ...previous, checkedAt: iso(s), mode: 'probe' },
          lastAttempt: attempt(s, true, 'interval'),
        },
        light,
      )
    },
    /** A check at second `s` that saw nothing (the last observation stays). */
    fail(s: number, light: Light, trigger: CheckTrigger = 'interval') {
      failures += 1
      step(s, { lastAttempt: attempt(s, false, trigger) }, light)
    },
    suspend(s: number, light: Light) {
      step(s, { sleptAt: iso(s) }, light)
    },
    networkChange(s: number, light: Light) {
      step(s, { networkChangeAt: iso(s) }, light)
    },
    /** The state re-judged later without new evidence (a stale refresh, a profile edit). */
    judge(s: number, light: Light) {
      step(s, {}, light)
    },
  }
}
