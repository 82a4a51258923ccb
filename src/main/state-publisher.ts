import { dequal } from 'dequal/lite'
import type { AppState } from '../shared/contract/app-state'
import type { Timers } from '../shared/monitor/monitor'
import { createLogger } from '../shared/util/logger'
import type { ComposedState } from './features/feature'

/** How the state is made once the features exist: composed from their slices, then judged. */
export interface StateSources {
  readonly compose: () => ComposedState
  /** Each looks at a composed state before it is pushed and may change the features' slices. */
  readonly judges: readonly ((state: ComposedState) => void)[]
}

// Judges that keep answering each other's changes are a bug; the state is pushed as it stands.
const MAX_ROUNDS = 4
const log = createLogger('state')

/**
 * The one writer of the window's app state. Features say "changed"; the changes of one turn are
 * composed once, every judge looks at that state (alerts, the payment session, the cool-down, the
 * history) and what they changed in turn (a notice) is composed again, until nothing changes. Only
 * then is the state numbered and pushed, once, to every listener, and only if it shows something
 * the last pushed state did not. Created before the features, which need `changed`; connected to
 * them once they all exist (a change before that is in the first state anyway).
 */
export function createStatePublisher(deps: { readonly timers: Timers }) {
  const listeners = new Set<(state: AppState) => void>()
  let sources: StateSources | null = null
  let revision = 0
  let latest: AppState | null = null
  let shown: ComposedState | null = null
  let pending: unknown = null
  let judging = false
  let judgedChange = false
  let stopped = false

  const judge = (state: ComposedState) => {
    for (const one of sources?.judges ?? []) {
      try {
        one(state)
      } catch (error) {
        log.error('a judge failed', { error: String(error) })
      }
    }
  }
  /** Composes and judges until the judges change nothing more. */
  const settle = (compose: () => ComposedState): ComposedState => {
    judging = true
    try {
      for (let round = 1; ; round += 1) {
        judgedChange = false
        const state = compose()
        judge(state)
        if (!judgedChange) return state
        if (round === MAX_ROUNDS) {
          log.warn('judges still changing the state; pushing it as it stands', { round })
          return compose()
        }
      }
    } finally {
      judging = false
    }
  }
  const publish = (): void => {
    if (!sources) return
    const state = settle(sources.compose)
    if (shown !== null && dequal(state, shown)) return
    shown = state
    revision += 1
    latest = { ...state, revision }
    for (const listener of listeners) listener(latest)
  }
  /** Publishes what is pending now (around an IPC request, so the push comes before its reply). */
  const flush = (): void => {
    if (pending === null) return
    deps.timers.clearTimeout(pending)
    pending = null
    publish()
  }

  return {
    /** Marks the state changed; it is composed once the current turn's changes are done. */
    changed: (): void => {
      if (judging) judgedChange = true
      // A save that finishes after quit must not arm a timer that outlives the services.
      else if (pending === null && !stopped) pending = deps.timers.setTimeout(flush, 0)
    },
    /** Connects the features once they all exist, and composes the first state. */
    connect: (next: StateSources): void => {
      sources = next
      publish()
    },
    flush,
    /** The newest state (pending changes published first), e.g. for the window's first getState. */
    current: (): AppState => {
      flush()
      if (latest === null) throw new Error('the state publisher is not connected yet')
      return latest
    },
    /** Listens for every published state; returns the unsubscribe function. */
    subscribe: (listener: (state: AppState) => void): (() => void) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    /** Drops a pending push and ignores later changes (on quit). */
    stop: (): void => {
      stopped = true
      if (pending !== null) deps.timers.clearTimeout(pending)
      pending = null
    },
  }
}

/** The publisher's shape. */
export type StatePublisher = ReturnType<typeof createStatePublisher>
