import { createLogger } from '../util/logger'
import {
  backoffDelay,
  clampInterval,
  FULL_CHECK_EVERY_MS,
  intervalBounds,
  type CheckTrigger,
  type MonitorSnapshot,
} from './freshness'
import { observedNothing, type Observation } from './observation'
import type { ProbeOutcome } from './run-check'
import { steadyDelay } from './steady-delay'
import type { Timers } from './timers'

export type { Timers } from './timers'
export { CHECK_BUDGET_MS, steadyDelay } from './steady-delay'

/** The fastest cadence a caller may ask for (a payment session), so nothing can hammer services. */
export const MIN_CADENCE_OVERRIDE_MS = 2000

// The local-network triggers: they go through the settle policy instead of checking at once.
const networkTriggers: ReadonlySet<CheckTrigger> = new Set(['network-change', 'online', 'offline'])

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
  /** Wait after the last local network change before checking (a burst becomes one check). */
  readonly networkSettleMs?: number
  /** If that check saw no exit at all, look once more this much later. */
  readonly networkRecheckMs?: number
  readonly onUpdate: (snapshot: MonitorSnapshot) => void
}

const log = createLogger('monitor')

/**
 * The scheduler: one check at a time (triggers during a check coalesce into one re-run), a cheap
 * probe on steady ticks, full checks on any hint of change, back-off after failures, sleep
 * awareness so evidence from before a sleep is never shown as current, and an adaptive settle
 * after local network changes (check soon after the last change, once more if it saw nothing).
 */
export function createMonitor(deps: MonitorDeps) {
  const fullEveryMs = deps.fullEveryMs ?? FULL_CHECK_EVERY_MS
  const settleMs = deps.resumeSettleMs ?? 5000
  const networkSettleMs = deps.networkSettleMs ?? 500
  const networkRecheckMs = deps.networkRecheckMs ?? 2000
  let state: MonitorSnapshot = {
    observation: null,
    checking: false,
    paused: false,
    intervalMs: clampInterval(deps.intervalMs ?? 60_000),
    lastAttempt: null,
    consecutiveFailures: 0,
    nextCheckAt: null,
    sleptAt: null,
    networkChangeAt: null,
    cadenceOverrideMs: null,
  }
  let timer: unknown = null
  let settleTimer: unknown = null
  let settleRound = 0
  let expectedAt = 0
  let running: Promise<void> | null = null
  let rerun: CheckTrigger | null = null
  let runStartedAt = 0
  let stopped = false

  const iso = (ms: number) => new Date(ms).toISOString()
  const update = (patch: Partial<MonitorSnapshot>) => {
    state = { ...state, ...patch }
    deps.onUpdate(state)
  }
  const clearTimer = () => {
    if (timer !== null) deps.timers.clearTimeout(timer)
    timer = null
  }
  const clearSettle = () => {
    if (settleTimer !== null) deps.timers.clearTimeout(settleTimer)
    settleTimer = null
  }
  const tickMs = () => state.cadenceOverrideMs ?? state.intervalMs
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
    // A sleep during the check: some answers predate it, so the result counts as from before it.
    const sleptDuring = state.sleptAt !== null && Date.parse(state.sleptAt) >= runStartedAt
    update({
      ...(sleptDuring ? { sleptAt: at } : {}),
      observation: observation ?? state.observation,
      lastAttempt: { at, ok, trigger, failures: ok ? [] : failures },
      consecutiveFailures: ok ? 0 : state.consecutiveFailures + 1,
    })
  }

  // A full check's stamp is its identity: exit tracking and the alerts fold each full check once,
  // and skip an update whose stamp they have seen. Two full checks in the same millisecond (a
  // check that fails at once and its re-run, a coarse or stepped clock) would look like one, and
  // the second one's move would be lost; the second is stamped 1 ms after the first instead.
  const unique = (observation: Observation): Observation => {
    const last = state.observation?.fullCheckAt
    if (observation.fullCheckAt !== last || last === undefined) return observation
    const at = iso(Date.parse(last) + 1)
    return { ...observation, checkedAt: at, fullCheckAt: at }
  }

  const full = async (trigger: CheckTrigger) => {
    const observation = unique(await deps.fullCheck())
    if (observedNothing(observation)) record(null, trigger, false, observation.sightings)
    else record(observation, trigger, true, [])
  }

  const execute = async (trigger: CheckTrigger, wantFull: boolean) => {
    const previous = state.observation
    const lastOk = state.lastAttempt?.ok ?? false
    const due = !previous || !lastOk || deps.now() - Date.parse(previous.fullCheckAt) >= fullEveryMs
    if (wantFull || due || !previous) return full(trigger)
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
    runStartedAt = deps.now()
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
        else if (state.consecutiveFailures > 0)
          schedule(backoffDelay(tickMs(), state.consecutiveFailures), 'interval')
        else schedule(steadyDelay(tickMs(), deps.now() - runStartedAt), 'interval')
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

  /** Runs a full check and waits for any re-run it was folded into. */
  const runToEnd = async (trigger: CheckTrigger) => {
    await run(trigger, true)
    while (running) await running
  }
  const settleAfter = (delay: number, then: () => Promise<void>) => {
    clearSettle()
    settleTimer = deps.timers.setTimeout(() => {
      settleTimer = null
      if (!stopped && !state.paused) void then()
    }, delay)
  }
  const networkChanged = (trigger: CheckTrigger) => {
    update({ networkChangeAt: iso(deps.now()) })
    const round = ++settleRound
    settleAfter(networkSettleMs, async () => {
      await runToEnd(trigger)
      // A VPN still connecting answers nothing; look once more before settling on "failed".
      if (round === settleRound && state.lastAttempt?.ok === false)
        settleAfter(networkRecheckMs, () => runToEnd(trigger))
    })
  }

  return {
    /** First check right away, then the schedule. */
    start: () => run('start', true),
    /**
     * A full check now, coalescing with one already running; local network changes instead
     * settle first (see {@link MonitorDeps.networkSettleMs}).
     */
    trigger: (trigger: CheckTrigger): Promise<void> => {
      if (!networkTriggers.has(trigger)) return run(trigger, true)
      networkChanged(trigger)
      return Promise.resolve()
    },
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
      clearSettle()
      update({ nextCheckAt: null })
    },
    setIntervalMs: (ms: number) => {
      update({ intervalMs: clampInterval(ms) })
      if (!running) schedule(tickMs(), 'interval')
    },
    /**
     * A faster cadence for a while (a payment session), or null to return to the user's interval;
     * the user's setting itself is left alone. Takes effect from now.
     */
    setCadenceOverride: (ms: number | null) => {
      const valid = ms !== null && Number.isFinite(ms)
      const override = valid
        ? Math.min(intervalBounds.max, Math.max(MIN_CADENCE_OVERRIDE_MS, ms))
        : null
      update({ cadenceOverrideMs: override === null ? null : Math.round(override) })
      if (!running) schedule(tickMs(), 'interval')
    },
    stop: () => {
      stopped = true
      clearTimer()
      clearSettle()
    },
    snapshot: (): MonitorSnapshot => state,
  }
}

/** The monitor's public face, for injection. */
export type Monitor = ReturnType<typeof createMonitor>
