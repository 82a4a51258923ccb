import { checkDeclineMessage } from '../../../shared/declines/message-check'
import type { DocStore } from '../../../shared/history/stores'
import type { SavedOrError, TextRefusal } from '../../../shared/contract/ipc-channels'
import type { Light } from '../../../shared/verdict/light'
import type { Timers } from '../../../shared/monitor/timers'
import type { ExitPins } from '../../../shared/session/exit-pin'
import type { SessionConfig } from '../../../shared/session/session-config'
import { stepSession, type SessionEvent } from '../../../shared/session/session-machine'
import type {
  SessionAlert,
  SessionRecord,
  UserOutcome,
} from '../../../shared/session/session-types'
import type { StorageError } from '../../../shared/storage/kept-file-types'
import type { SessionSlice } from '../../../shared/session/payment-slices'
import type { SessionDoc } from './session-file'

/** What the payment session needs: its file, the clock, what the monitor sees, and listeners. */
export interface SessionFeatureDeps {
  readonly file: DocStore<SessionDoc>
  readonly now: () => number
  readonly timers: Timers
  readonly newId: () => string
  /** The exits and the light right now, and the check they come from (to see each check once). */
  readonly current: () => {
    readonly exits: ExitPins
    readonly light: Light
    readonly checkedAt: string | null
  }
  /** The monitor's short cadence while watching (null: back to the user's interval). */
  readonly setCadence: (ms: number | null) => void
  readonly checkNow: () => void
  readonly onAlert: (alerts: readonly SessionAlert[]) => void
  readonly onFinished: (record: SessionRecord) => void
  /** A declined outcome goes into the decline log with the message the user saw. */
  readonly logDecline: (message: string) => Promise<unknown>
  readonly onChange: () => void
}

/**
 * The payment session in main: the pure machine, driven by the monitor's checks and the clock,
 * kept in its file, setting the monitor's cadence while it watches and handing finished sessions
 * to the history (and declined ones to the decline log).
 */
export async function createSessionFeature(deps: SessionFeatureDeps) {
  let doc = (await deps.file.load()).value
  let error: StorageError | null = null
  let deadlineTimer: unknown = null
  let seen = ''
  let last: SessionRecord | null = null

  const persist = async (): Promise<SavedOrError> => {
    const saved = await deps.file.save(doc)
    error = saved.ok ? null : saved.error
    return saved.ok ? { ok: true } : { ok: false, error: saved.error }
  }
  const armDeadline = () => {
    if (deadlineTimer !== null) deps.timers.clearTimeout(deadlineTimer)
    deadlineTimer = null
    const { state } = doc
    deps.setCadence(state.phase === 'watching' ? doc.config.intervalMs : null)
    if (state.phase === 'idle') return
    const at = Date.parse(state.startedAt) + doc.config.maxMs
    deadlineTimer = deps.timers.setTimeout(
      () => void apply({ type: 'tick', at: deps.now() }),
      Math.max(0, at - deps.now()),
    )
  }
  // What a call answers: ok only when the state it left is on disk (an unchanged state was already).
  const apply = async (event: SessionEvent): Promise<SavedOrError> => {
    const step = stepSession(doc.state, event, doc.config)
    if (step.state === doc.state) return error ? { ok: false, error } : { ok: true }
    const phaseChanged = step.state.phase !== doc.state.phase
    doc = { ...doc, state: step.state }
    if (phaseChanged) armDeadline()
    // One notification per session: the stop. Later changes update the stop in place.
    if (step.stop) deps.onAlert(step.newAlerts)
    if (step.finished) {
      last = step.finished
      deps.onFinished(step.finished)
      if (step.finished.outcome === 'declined' && step.finished.message)
        await deps.logDecline(step.finished.message)
    }
    deps.onChange()
    const saved = await persist()
    deps.onChange()
    return saved
  }

  const ipc = {
    startSession: () => apply({ type: 'start', at: deps.now(), id: deps.newId() }),
    beginSession: async () => {
      const { exits, light } = deps.current()
      const saved = await apply({ type: 'begin', at: deps.now(), exits, light })
      deps.checkNow()
      return saved
    },
    /** The message the user saw goes through the decline log's check first: refused, nothing ends. */
    endSession: async (request: {
      readonly outcome: UserOutcome
      readonly message?: string
    }): Promise<SavedOrError | TextRefusal> => {
      const checked =
        request.outcome === 'declined' && request.message
          ? checkDeclineMessage(request.message)
          : null
      if (checked && !checked.ok) return checked
      const message = checked?.message
      return apply({
        type: 'end',
        at: deps.now(),
        outcome: request.outcome,
        ...(message ? { message } : {}),
      })
    },
    updateSessionConfig: async (patch: Partial<SessionConfig>) => {
      doc = { ...doc, config: { ...doc.config, ...patch } }
      armDeadline()
      const saved = await persist()
      deps.onChange()
      return saved
    },
  }

  return {
    ipc,
    /** The file was retried, restored or started fresh: take what it now holds. */
    reloaded: () => {
      doc = deps.file.value()
      armDeadline()
      deps.onChange()
    },
    /** Each published state: a new check (or a new light) is compared with the pin. */
    observe: () => {
      if (doc.state.phase !== 'watching') return
      const { exits, light, checkedAt } = deps.current()
      const key = `${checkedAt}|${light}`
      if (key === seen) return
      seen = key
      void apply({ type: 'observe', at: deps.now(), exits, light })
    },
    /** This feature's part of the app state. */
    slice: (): { session: SessionSlice } => ({
      session: { state: doc.state, config: doc.config, last, storage: deps.file.info(), error },
    }),
    /** A session saved before a restart resumes (or times out at once if its time has passed). */
    start: () => {
      armDeadline()
      void apply({ type: 'tick', at: deps.now() })
    },
    stop: () => {
      if (deadlineTimer !== null) deps.timers.clearTimeout(deadlineTimer)
      deadlineTimer = null
    },
  }
}

/** The session feature's shape. */
export type SessionFeature = Awaited<ReturnType<typeof createSessionFeature>>
