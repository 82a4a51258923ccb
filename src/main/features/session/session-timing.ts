import type { TextRefusal } from '../../../shared/contract/ipc-channels'
import { checkDeclineMessage } from '../../../shared/declines/message-check'
import type { Timers } from '../../../shared/monitor/timers'
import type { SessionEvent } from '../../../shared/session/session-machine'
import type { UserOutcome } from '../../../shared/session/session-types'
import type { SessionDoc } from './session-file'

/**
 * The session's clock in main: the monitor's short cadence while it watches, and one timer for the
 * session's end (20 minutes after it started, by default), which ticks the machine.
 */
export function createSessionDeadline(deps: {
  readonly timers: Timers
  readonly now: () => number
  readonly setCadenceOverride: (ms: number | null) => void
  readonly onDue: () => void
}) {
  let timer: unknown = null
  const stop = () => {
    if (timer !== null) deps.timers.clearTimeout(timer)
    timer = null
  }
  return {
    /** Follows the session as it now stands (a new phase, a new config, a file restored). */
    arm: ({ state, config }: SessionDoc) => {
      stop()
      deps.setCadenceOverride(state.phase === 'watching' ? config.intervalMs : null)
      if (state.phase === 'idle') return
      const at = Date.parse(state.startedAt) + config.maxMs
      timer = deps.timers.setTimeout(deps.onDue, Math.max(0, at - deps.now()))
    },
    stop,
  }
}

/**
 * The end the user reported, as an event for the machine; the message the user saw goes through
 * the decline log's check first, and a refused one ends nothing.
 */
export function endEvent(
  request: { readonly outcome: UserOutcome; readonly message?: string },
  at: number,
): SessionEvent | TextRefusal {
  const checked =
    request.outcome === 'declined' && request.message ? checkDeclineMessage(request.message) : null
  if (checked && !checked.ok) return checked
  const message = checked?.message
  return { type: 'end', at, outcome: request.outcome, ...(message ? { message } : {}) }
}
