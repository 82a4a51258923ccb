import type { AppState } from '../shared/contract/app-state'
import type { Timers } from '../shared/monitor/monitor'

/**
 * The one writer of the window's app state: features say "changed", and every change made in the
 * same turn (a check updates the monitor, exit tracking and the verdict) becomes one state with
 * the next revision, pushed once to every listener.
 */
export function createStatePublisher(deps: {
  readonly build: () => Omit<AppState, 'revision'>
  readonly timers: Timers
}) {
  const listeners = new Set<(state: AppState) => void>()
  let revision = 0
  let latest: AppState | null = null
  let pending: unknown = null
  let stopped = false

  /** Publishes what is pending now (before an IPC reply, so the push arrives first). */
  const flush = (): void => {
    if (pending === null) return
    deps.timers.clearTimeout(pending)
    pending = null
    publish()
  }
  const publish = (): void => {
    revision += 1
    latest = { ...deps.build(), revision }
    for (const listener of listeners) listener(latest)
  }

  return {
    /** Marks the state changed; the push follows once the current turn's changes are done. */
    changed: (): void => {
      // A save that finishes after quit must not arm a timer that outlives the services.
      if (pending === null && !stopped) pending = deps.timers.setTimeout(flush, 0)
    },
    flush,
    /** The newest state (pending changes published first), e.g. for the window's first getState. */
    current: (): AppState => {
      flush()
      if (latest === null) publish()
      return latest as AppState
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
