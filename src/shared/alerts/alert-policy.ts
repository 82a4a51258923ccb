import type { Light } from '../verdict/light'
import { mergeChanges, type ExitChange } from '../monitor/exit-changes'
import { initialExitTracking, trackExits, type ExitTracking } from '../monitor/exit-tracking'
import type { CheckTrigger, MonitorSnapshot } from '../monitor/freshness'
import { exitRoutes, type ExitRoute } from '../monitor/observation'
import type { AlertEvent, AnnouncedLight, LightShift } from './alert-event'
import { defaultAlertTuning, type AlertTuning } from './alert-tuning'

/** One exit-change event in the history that flapping and "exit changed recently" both read. */
export interface ExitChangeRecord {
  readonly at: string
  readonly routes: readonly ExitRoute[]
}

/** Everything the policy remembers between checks; a plain value, folded by pure functions. */
export interface AlertState {
  readonly exits: ExitTracking
  /**
   * A sleep or a local network change not yet followed by a settled check. `settling` once a
   * check ran after the network settled; `held` is the observation seen then (mid-change
   * evidence), which is never compared even when that check failed.
   */
  readonly disruption: {
    readonly since: string
    readonly settling: boolean
    readonly held: string | null
  } | null
  readonly seenSleptAt: string | null
  readonly seenNetworkChangeAt: string | null
  /** Moves seen but not yet announced (they wait for the light of the same check). */
  readonly pending: readonly ExitChange[]
  readonly history: readonly ExitChangeRecord[]
  readonly flappingSince: string | null
  /** The light last announced or taken as the baseline; silent greys do not replace it. */
  readonly light: AnnouncedLight | null
  /** The moves the last folded update confirmed (every one, even while flapping is quiet). */
  readonly lastMoves: readonly ExitChange[]
}

/** Before the first check. */
export const initialAlertState: AlertState = {
  exits: initialExitTracking,
  disruption: null,
  seenSleptAt: null,
  seenNetworkChangeAt: null,
  pending: [],
  history: [],
  flappingSince: null,
  light: null,
  lastMoves: [],
}

/** What the policy reads from the monitor. */
export type AlertSnapshot = Pick<
  MonitorSnapshot,
  'observation' | 'lastAttempt' | 'sleptAt' | 'networkChangeAt'
>

// The checks the monitor runs once the network has settled after a disruption.
const settledTriggers: ReadonlySet<CheckTrigger> = new Set([
  'resume',
  'network-change',
  'online',
  'offline',
])
const after = (a: string, b: string) => Date.parse(a) >= Date.parse(b)

function noteDisruption(state: AlertState, snapshot: AlertSnapshot): AlertState {
  const { sleptAt, networkChangeAt, lastAttempt } = snapshot
  const news = [
    sleptAt !== state.seenSleptAt ? sleptAt : null,
    networkChangeAt !== state.seenNetworkChangeAt ? networkChangeAt : null,
  ].filter((t): t is string => t !== null)
  let disruption = state.disruption
  const since = news.sort().at(-1)
  if (since) disruption = { since, settling: false, held: null }
  if (disruption && !disruption.settling && lastAttempt) {
    if (settledTriggers.has(lastAttempt.trigger) && after(lastAttempt.at, disruption.since)) {
      const held = lastAttempt.ok ? null : (snapshot.observation?.fullCheckAt ?? null)
      disruption = { ...disruption, settling: true, held }
    }
  }
  return { ...state, seenSleptAt: sleptAt, seenNetworkChangeAt: networkChangeAt, disruption }
}

/**
 * Folds a monitor update into the exit memory. Evidence from before a sleep or an interface
 * change is never compared with what comes after until a settled check has run: until then
 * observations are held, and the first full observation after it is compared with the baseline
 * from before the disruption.
 */
export function observeSnapshot(
  state: AlertState,
  snapshot: AlertSnapshot,
  tuning: AlertTuning = defaultAlertTuning,
): AlertState {
  let next: AlertState = { ...noteDisruption(state, snapshot), lastMoves: [] }
  const { observation } = snapshot
  if (next.disruption) {
    const { since, settling, held } = next.disruption
    if (!settling || !observation || observation.mode !== 'full') return next
    if (!after(observation.fullCheckAt, since) || observation.fullCheckAt === held) return next
    next = { ...next, disruption: null }
  }
  const step = trackExits(next.exits, observation)
  if (step.changes.length === 0 || !observation) return { ...next, exits: step.tracking }
  const at = observation.fullCheckAt
  const age = (h: ExitChangeRecord) => Date.parse(at) - Date.parse(h.at)
  const kept = next.history.filter((h) => age(h) < tuning.keepMs)
  // Flapping is over once the exit stayed put for the quiet time before this move.
  const calm = !kept.some((h) => age(h) < tuning.quietMs)
  return {
    ...next,
    flappingSince: calm ? null : next.flappingSince,
    exits: step.tracking,
    pending: mergeChanges(next.pending, step.changes),
    lastMoves: step.changes,
    history: [...kept, { at, routes: step.changes.map((c) => c.route) }],
  }
}

/** When an exit last moved, from the same history the alerts use (the verdict's "changed recently"). */
export function lastExitChangeAt(state: AlertState): string | null {
  return state.history.at(-1)?.at ?? null
}

function routeUnknown(exits: ExitTracking): boolean {
  return exitRoutes.some((route) => {
    const { last, missing } = exits.routes[route]
    return missing > 0 && last !== null && last !== 'absent'
  })
}

/** The light and failure count of the state just composed from the same check. */
export interface LightInput {
  readonly at: number
  readonly light: Light
  readonly consecutiveFailures: number
}

function lightEvent(at: string, shift: LightShift, failures: number): AlertEvent {
  const { from, to } = shift
  if (to === 'failing') return { kind: 'checks-failing', at, failures, from, page: 'status' }
  return { kind: 'light-changed', at, shift: { from, to }, page: 'status' }
}

/**
 * Decides what to announce once the verdict of the latest evidence is known: moved routes as one
 * notice (with the light, if it moved too), a light change on its own, grey only after repeated
 * failures, and a single summary when the exit flaps. Nothing while a disruption is settling.
 */
export function judgeAlerts(
  state: AlertState,
  input: LightInput,
  tuning: AlertTuning = defaultAlertTuning,
): { readonly state: AlertState; readonly events: readonly AlertEvent[] } {
  if (state.disruption && !state.disruption.settling) return { state, events: [] }
  const at = new Date(input.at).toISOString()
  const recentWithin = (ms: number) =>
    state.history.filter((h) => input.at - Date.parse(h.at) < ms).length
  const flapping =
    state.flappingSince !== null && (state.pending.length > 0 || recentWithin(tuning.quietMs) > 0)
  const failing = input.consecutiveFailures >= tuning.failuresForGrey
  const announced: AnnouncedLight | null =
    input.light === 'grey' ? (failing ? 'failing' : null) : input.light
  const shift =
    announced && state.light && announced !== state.light
      ? { from: state.light, to: announced }
      : null
  // A route that failed once is unknown: a light that moved with it waits for the confirming check.
  if (state.pending.length === 0 && routeUnknown(state.exits))
    return { state: { ...state, flappingSince: flapping ? state.flappingSince : null }, events: [] }
  const next: AlertState = {
    ...state,
    pending: [],
    light: announced ?? state.light,
    flappingSince: flapping ? state.flappingSince : null,
  }
  const events: AlertEvent[] = []
  if (state.pending.length > 0 && !flapping) {
    const count = recentWithin(tuning.flapWindowMs)
    if (count > tuning.flapCount) {
      const windowMinutes = Math.round(tuning.flapWindowMs / 60_000)
      const summary: AlertEvent = { kind: 'flapping', at, count, windowMinutes, page: 'history' }
      return { state: { ...next, flappingSince: at }, events: [summary] }
    }
    events.push({ kind: 'exit-changed', at, changes: state.pending, light: shift, page: 'status' })
    return { state: next, events }
  }
  // While the exit flaps, the summary said it all: light changes are folded in too (a rotating
  // exit flips the light with every country), and the light that stands is announced once calm.
  if (shift && flapping) return { state: { ...next, light: state.light }, events: [] }
  // The cool-down's start has its own notice (the payment session's): one event, one alarm.
  if (shift && shift.to !== 'wait') events.push(lightEvent(at, shift, input.consecutiveFailures))
  return { state: next, events }
}
