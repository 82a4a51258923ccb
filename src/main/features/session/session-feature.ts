import type { HistoryEvent } from '../../../shared/history/history-event'
import type { SavedOrError } from '../../../shared/contract/ipc-channels'
import { inEachLang, type NoticeInput } from '../../../shared/contract/notices'
import { pinExits } from '../../../shared/session/exit-pin'
import type { SessionConfig } from '../../../shared/session/session-config'
import { stepSession, type SessionEvent } from '../../../shared/session/session-machine'
import type { SessionRecord, UserOutcome } from '../../../shared/session/session-types'
import type { StorageError } from '../../../shared/storage/kept-file-types'
import type { SessionSlice } from '../../../shared/session/payment-slices'
import { defineFeature, type ComposedState, type FeatureContext } from '../feature'
import { docTarget } from '../storage/storage-target'
import { sessionFile } from './session-file'
import { createSessionDeadline, endEvent } from './session-timing'
import { urgentNotice } from './urgent-notice'

/** What the payment session needs: its file, the clock, the monitor, and where outcomes go. */
export interface SessionFeatureDeps extends FeatureContext {
  /** The short cadence while watching (null: back to the user's interval), and "check now". */
  readonly monitor: {
    readonly setCadenceOverride: (ms: number | null) => void
    readonly trigger: (trigger: 'manual') => Promise<unknown>
  }
  /** Finished sessions go into the history. */
  readonly history: { readonly record: (event: HistoryEvent) => void }
  /** A declined outcome goes into the decline log with the message the user saw. */
  readonly declines: { readonly logFromSession: (message: string) => Promise<unknown> }
  /** The urgent stop: the user is told (if notifications are on). */
  readonly notify: (notice: NoticeInput) => void
}

/**
 * The payment session in main: the pure machine, driven by the composed states (each check's
 * exits and light) and the clock, kept in its file, setting the monitor's cadence while it
 * watches and handing finished sessions to the history (and declined ones to the decline log).
 */
export async function createSessionFeature(deps: SessionFeatureDeps) {
  const file = sessionFile(deps.folder, deps.now)
  let doc = (await file.load()).value
  let error: StorageError | null = null
  let seen = ''
  let last: SessionRecord | null = null
  let started = false
  // The last composed state: the exits and the light a session begins with.
  let judged: ComposedState | null = null
  const current = (state = judged) => ({
    exits: pinExits(state?.monitor.observation ?? null),
    light: state?.verdict.light ?? 'grey',
    checkedAt: state?.monitor.observation?.checkedAt ?? null,
  })

  const persist = async (): Promise<SavedOrError> => {
    const saved = await file.save(doc)
    error = saved.ok ? null : saved.error
    return saved.ok ? { ok: true } : { ok: false, error: saved.error }
  }
  const deadline = createSessionDeadline({
    ...deps,
    setCadenceOverride: deps.monitor.setCadenceOverride,
    onDue: () => void apply({ type: 'tick', at: deps.now() }),
  })
  // What a call answers: ok only when the state it left is on disk (an unchanged state was already).
  const apply = async (event: SessionEvent): Promise<SavedOrError> => {
    const step = stepSession(doc.state, event, doc.config)
    if (step.state === doc.state) return error ? { ok: false, error } : { ok: true }
    const phaseChanged = step.state.phase !== doc.state.phase
    doc = { ...doc, state: step.state }
    if (phaseChanged) deadline.arm(doc)
    // One notification per session: the stop. Later changes update the stop in place.
    if (step.stop) deps.notify(inEachLang((lang) => urgentNotice(step.newAlerts, lang)))
    const { finished } = step
    if (finished) {
      last = finished
      deps.history.record({ type: 'session', at: finished.endedAt, record: finished })
      if (finished.outcome === 'declined' && finished.message)
        await deps.declines.logFromSession(finished.message)
    }
    deps.onChange()
    const saved = await persist()
    deps.onChange()
    return saved
  }

  const ipc = {
    startSession: () => apply({ type: 'start', at: deps.now(), id: deps.newId() }),
    beginSession: async () => {
      const { exits, light } = current()
      const saved = await apply({ type: 'begin', at: deps.now(), exits, light })
      void deps.monitor.trigger('manual')
      return saved
    },
    endSession: async (request: { readonly outcome: UserOutcome; readonly message?: string }) => {
      const event = endEvent(request, deps.now())
      return 'ok' in event ? event : apply(event)
    },
    updateSessionConfig: async (patch: Partial<SessionConfig>) => {
      doc = { ...doc, config: { ...doc.config, ...patch } }
      deadline.arm(doc)
      const saved = await persist()
      deps.onChange()
      return saved
    },
  }

  // The file was retried, restored or started fresh: take what it now holds.
  const reloaded = () => {
    doc = file.value()
    deadline.arm(doc)
    deps.onChange()
  }

  return defineFeature({
    ipc,
    files: [docTarget(file, reloaded)],
    /** Each composed state, once started: a new check (or a new light) is compared with the pin. */
    judge: (state: ComposedState) => {
      judged = state
      if (!started || doc.state.phase !== 'watching') return
      const { exits, light, checkedAt } = current(state)
      const key = `${checkedAt}|${light}`
      if (key === seen) return
      seen = key
      void apply({ type: 'observe', at: deps.now(), exits, light })
    },
    slice: (): { session: SessionSlice } => ({
      session: { state: doc.state, config: doc.config, last, storage: file.info(), error },
    }),
    /** A session saved before a restart resumes (or times out at once if its time has passed). */
    start: () => {
      started = true
      deadline.arm(doc)
      void apply({ type: 'tick', at: deps.now() })
    },
    stop: deadline.stop,
  })
}

/** The session feature's shape. */
export type SessionFeature = Awaited<ReturnType<typeof createSessionFeature>>
