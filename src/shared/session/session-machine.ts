import { assertNever } from '../util/assert-never'
import type { Light } from '../verdict/light'
import { exitDrift, type ExitPins } from './exit-pin'
import type { SessionConfig } from './session-config'
import type { SessionAlert, SessionOutcome, SessionRecord, SessionState } from './session-types'

/** Everything that can happen to a session; `at` is the clock's reading when it happened. */
export type SessionEvent =
  | { readonly type: 'start'; readonly at: number; readonly id: string }
  | { readonly type: 'begin'; readonly at: number; readonly exits: ExitPins; readonly light: Light }
  | {
      readonly type: 'observe'
      readonly at: number
      readonly exits: ExitPins
      readonly light: Light
    }
  | { readonly type: 'tick'; readonly at: number }
  | {
      readonly type: 'end'
      readonly at: number
      readonly outcome: Exclude<SessionOutcome, 'timed-out'>
      readonly message?: string
    }

/**
 * A step of the machine: the next state, what it finished (if anything), new alerts, and whether
 * they are the stop itself (the session's first change: the one notification it sends) or later
 * changes (counted in place, never another notification).
 */
export interface SessionStep {
  readonly state: SessionState
  readonly finished: SessionRecord | null
  readonly newAlerts: readonly SessionAlert[]
  readonly stop: boolean
}

/** No session running. */
export const idleSession: SessionState = { phase: 'idle' }

const iso = (ms: number) => new Date(ms).toISOString()
const MAX_ALERTS = 200
const LATEST = 5

function alertsFor(
  state: Extract<SessionState, { phase: 'watching' }>,
  exits: ExitPins,
  light: Light,
): SessionAlert[] {
  const last = [...state.latest, ...state.alerts].reverse()
  const seenExit = (route: string, ip: string | null) =>
    last.some((a) => a.kind === 'exit' && a.route === route && (a.to?.ip ?? null) === ip)
  // Only what is new since the last alert on that route: a steady changed exit alerts once.
  const drift = exitDrift(state.pin.exits, exits).filter(
    (d) => !seenExit(d.route, d.to?.ip ?? null),
  )
  const out: SessionAlert[] = drift.map((d) => ({ kind: 'exit', ...d }))
  const was = state.lastLight
  if ((was === 'green' && light !== 'green') || (light === 'red' && was !== 'red'))
    out.push({ kind: 'light', from: was, to: light })
  return out
}

function finish(
  state: Exclude<SessionState, { phase: 'idle' }>,
  at: number,
  outcome: SessionOutcome,
  message: string | null,
): SessionStep {
  const watching = state.phase === 'watching' ? state : null
  const record: SessionRecord = {
    id: state.id,
    startedAt: state.startedAt,
    endedAt: iso(at),
    durationMs: Math.max(0, at - Date.parse(state.startedAt)),
    outcome,
    message: outcome === 'declined' ? message : null,
    pin: watching?.pin ?? null,
    alerts: watching ? watching.alerts.length + watching.moreChanges : 0,
  }
  return { state: idleSession, finished: record, newAlerts: [], stop: false }
}

/**
 * The payment session as a pure state machine: start shows the self-check, begin pins the exits
 * and the light, every observation is compared with the pin (any IP or country change on any
 * route, or a green light that leaves green, is an alert), and the session ends when the user
 * says how it went or when its time runs out. The deadline counts from the start.
 */
export function stepSession(
  state: SessionState,
  event: SessionEvent,
  config: SessionConfig,
): SessionStep {
  const same: SessionStep = { state, finished: null, newAlerts: [], stop: false }
  const deadlineOf = (s: Exclude<SessionState, { phase: 'idle' }>) =>
    Date.parse(s.startedAt) + config.maxMs
  if (state.phase !== 'idle' && event.type !== 'start' && event.at >= deadlineOf(state))
    return finish(state, deadlineOf(state), 'timed-out', null)
  switch (event.type) {
    case 'start':
      if (state.phase !== 'idle') return same
      return {
        state: { phase: 'precheck', id: event.id, startedAt: iso(event.at) },
        finished: null,
        newAlerts: [],
        stop: false,
      }
    case 'begin':
      if (state.phase !== 'precheck') return same
      return {
        state: {
          phase: 'watching',
          id: state.id,
          startedAt: state.startedAt,
          deadline: iso(deadlineOf(state)),
          pin: { at: iso(event.at), exits: event.exits, light: event.light },
          alerts: [],
          moreChanges: 0,
          latest: [],
          firstAlertAt: null,
          lastLight: event.light,
        },
        finished: null,
        newAlerts: [],
        stop: false,
      }
    case 'observe': {
      if (state.phase !== 'watching') return same
      const newAlerts = alertsFor(state, event.exits, event.light)
      if (newAlerts.length === 0 && event.light === state.lastLight) return same
      // The first change is the stop; every later one is counted in place (a rotating proxy's
      // hundred changes are one stop that says how many more came since, not a hundred stops).
      const stop = state.alerts.length === 0 && newAlerts.length > 0
      const next = {
        ...state,
        lastLight: event.light,
        alerts: stop ? newAlerts.slice(0, MAX_ALERTS) : state.alerts,
        moreChanges: stop ? state.moreChanges : state.moreChanges + newAlerts.length,
        latest: stop ? state.latest : [...state.latest, ...newAlerts].slice(-LATEST),
        firstAlertAt: state.firstAlertAt ?? (newAlerts.length > 0 ? iso(event.at) : null),
      }
      return { state: next, finished: null, newAlerts, stop }
    }
    case 'tick':
      return same
    case 'end':
      if (state.phase === 'idle') return same
      return finish(state, event.at, event.outcome, event.message ?? null)
    default:
      return assertNever(event)
  }
}

/** Whether the session needs the user's attention now: something moved while watching. */
export function sessionUrgent(state: SessionState): boolean {
  return state.phase === 'watching' && state.alerts.length > 0
}
