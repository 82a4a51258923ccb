import { createLogger } from '../logger'
import {
  backoffDelay,
  clampInterval,
  FULL_CHECK_EVERY_MS,
  type CheckTrigger,
  type MonitorSnapshot,
} from './freshness'
import { observedNothing, type Observation } from './observation'
import type { ProbeOutcome } from './run-check'
import type { Timers } from './timers'

export type { Timers } from './timers'

/** What the monitor schedules; the checks themselves are injected. */
export interface MonitorDeps {
  readonly fullCheck: () => Promise<Observation>
  readonly probe: (previous: Observation) => Promise<ProbeOutcome>
  readonly now: () => number
  /** Usually `realTimers`; tests use them too, under vitest's fake timers. */
  readonly timers: Timers
  readonly intervalMs?: number
  /** Every source is asked again at least this often even when probes see no change. */
  readonly fullEveryMs?: number
  /** Wait after wake-up before checking, so Wi-Fi and the VPN have reconnected. */
  readonly resumeSettleMs?: number
  readonly onUpdate: (snapshot: MonitorSnapshot) => void
}

const log = createLogger('monitor')

/**
 * The scheduler: one check at a time (triggers during a check coalesce into one re-run), a cheap
 * probe on steady ticks, full checks on any hint of change, back-off after failures, and sleep
 * awareness so evidence from before a sleep is never shown as current.
 */
export function createMonitor(deps: MonitorDeps) {
  const fullEveryMs = deps.fullEveryMs ?? FULL_CHECK_EVERY_MS
  const settleMs = deps.resumeSettleMs ?? 5000
  let state: MonitorSnapshot = {
    observation: null,
    checking: false,
    paused: false,
    intervalMs: clampInterval(deps.intervalMs ?? 60_000),
    lastAttempt: null,
    consecutiveFailures: 0,
    nextCheckAt: null,
    sleptAt: null,
  }
  let timer: unknown = null
  let expectedAt = 0
  let running: Promise<void> | null = null
  let rerun: CheckTrigger | null = null
  let stopped = false
  // A short cadence asked for a while (a payment session); its ticks check every route in full.
  let override: number | null = null
  const tickMs = () => override ?? state.intervalMs

  const iso = (ms: number) => new Date(ms).toISOString()
  const update = (patch: Partial<MonitorSnapshot>) => {
    state = { ...state, ...patch }
    deps.onUpdate(state)
  }
  const clearTimer = () => {
    if (timer !== null) deps.timers.clearTimeout(timer)
    timer = null
  }
  const schedule = (delay: number, trigger: CheckTrigger) => {
    clearTimer()
    if (stopped || state.paused) return update({ nextCheckAt: null })
    expectedAt = deps.now() + delay
    timer = deps.timers.setTimeout(() => onTimer(trigger), delay)
    update({ nextCheckAt: iso(expectedAt) })
  }

  const record = (
    observation: Observation | null,
    trigger: CheckTrigger,
    ok: boolean,
    failures: Observation['sightings'],
  ) => {
    const at = iso(deps.now())
    update({
      observation: observation ?? state.observation,
      lastAttempt: { at, ok, trigger, failures: ok ? [] : failures },
      consecutiveFailures: ok ? 0 : state.consecutiveFailures + 1,
    })
  }

  const full = async (trigger: CheckTrigger) => {
    const observation = await deps.fullCheck()
    if (observedNothing(observation)) record(null, trigger, false, observation.sightings)
    else record(observation, trigger, true, [])
  }

  const execute = async (trigger: CheckTrigger, wantFull: boolean) => {
    const previous = state.observation
    const lastOk = state.lastAttempt?.ok ?? false
    const due = !previous || !lastOk || deps.now() - Date.parse(previous.fullCheckAt) >= fullEveryMs
    if (wantFull || due || !previous || override !== null) return full(trigger)
    const outcome: ProbeOutcome = await deps.probe(previous)
    if (outcome.kind === 'unchanged') return record(outcome.observation, trigger, true, [])
    log.info('probe saw a change; running a full check', { kind: outcome.kind })
    return full('probe-changed')
  }

  const run = (trigger: CheckTrigger, wantFull: boolean): Promise<void> => {
    if (stopped) return Promise.resolve()
    if (running) {
      if (wantFull) rerun = trigger
      return running
    }
    clearTimer()
    update({ checking: true })
    running = execute(trigger, wantFull)
      .catch((error: unknown) => {
        log.error('check crashed', { error: String(error) })
        record(null, trigger, false, [])
      })
      .finally(() => {
        running = null
        update({ checking: false })
        const again = rerun
        rerun = null
        if (again && !stopped) void run(again, true)
        else schedule(backoffDelay(tickMs(), state.consecutiveFailures), 'interval')
      })
    return running
  }

  const onTimer = (trigger: CheckTrigger) => {
    timer = null
    const late = deps.now() - expectedAt
    // A timer that fires far too late means the machine slept through it.
    if (late > Math.max(30_000, tickMs())) {
      update({ sleptAt: iso(expectedAt) })
      void run('resume', true)
      return
    }
    void run(trigger, trigger !== 'interval')
  }

  return {
    /** First check right away, then the schedule. */
    start: () => run('start', true),
    /** A full check now; coalesces with one already running. */
    trigger: (trigger: CheckTrigger) => run(trigger, true),
    /** Called when the OS is about to sleep: evidence from now on is from before the sleep. */
    suspend: () => {
      clearTimer()
      update({ sleptAt: iso(deps.now()), nextCheckAt: null })
    },
    /** Called on wake-up: check once the network has settled. */
    resume: () => schedule(settleMs, 'resume'),
    setPaused: (paused: boolean) => {
      update({ paused })
      if (!paused) return void run('manual', true)
      clearTimer()
      update({ nextCheckAt: null })
    },
    setIntervalMs: (ms: number) => {
      update({ intervalMs: clampInterval(ms) })
      if (!running) schedule(state.intervalMs, 'interval')
    },
    /** A shorter cadence for a while (at least 5 s), or null to return to the user's interval. */
    setCadenceOverride: (ms: number | null) => {
      override = ms === null || !Number.isFinite(ms) ? null : Math.max(5000, Math.round(ms))
      if (!running) schedule(tickMs(), 'interval')
    },
    stop: () => {
      stopped = true
      clearTimer()
    },
    snapshot: (): MonitorSnapshot => state,
  }
}

/** The monitor's public face, for injection. */
export type Monitor = ReturnType<typeof createMonitor>
