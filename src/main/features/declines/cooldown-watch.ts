import type { CooldownState } from '../../../shared/declines/cooldown'
import type { Timers } from '../../../shared/monitor/timers'

const MINUTE = 60_000

/**
 * Wakes once a minute while a cool-down runs (so the countdown in the verdict and the tray moves)
 * and once more when it is over, so the state says so (and the judge tells the user). One timer at
 * a time; nothing runs without a cool-down.
 */
export function createCooldownWatch(deps: {
  readonly timers: Timers
  readonly now: () => number
  readonly state: () => CooldownState
  readonly onTick: () => void
}) {
  let timer: unknown = null
  const clear = () => {
    if (timer !== null) deps.timers.clearTimeout(timer)
    timer = null
  }
  const reschedule = (): void => {
    clear()
    const state = deps.state()
    if (state.kind !== 'active') return
    const delay = Math.min(state.remainingMs, MINUTE - (deps.now() % MINUTE) || MINUTE)
    timer = deps.timers.setTimeout(() => {
      timer = null
      deps.onTick()
      reschedule()
    }, delay)
  }
  return { reschedule, stop: clear }
}
