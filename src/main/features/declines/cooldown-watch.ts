import type { CooldownState } from '../../../shared/declines/cooldown'
import type { Timers } from '../../../shared/monitor/timers'

const MINUTE = 60_000

/**
 * Wakes once a minute while a cool-down runs (so the countdown in the verdict and the tray moves)
 * and once more when it is over, to say so. One timer at a time; nothing runs without a cool-down.
 */
export function createCooldownWatch(deps: {
  readonly timers: Timers
  readonly now: () => number
  readonly state: () => CooldownState
  readonly onTick: () => void
  readonly onOver: (last: Extract<CooldownState, { kind: 'active' }>) => void
}) {
  let timer: unknown = null
  let watching: Extract<CooldownState, { kind: 'active' }> | null = null
  const clear = () => {
    if (timer !== null) deps.timers.clearTimeout(timer)
    timer = null
  }
  const reschedule = (): void => {
    clear()
    const state = deps.state()
    if (state.kind !== 'active') {
      const ranOut = watching !== null && state.kind === 'none'
      const last = watching
      watching = null
      if (ranOut && last && deps.now() >= Date.parse(last.until)) deps.onOver(last)
      return
    }
    watching = state
    const delay = Math.min(state.remainingMs, MINUTE - (deps.now() % MINUTE) || MINUTE)
    timer = deps.timers.setTimeout(() => {
      timer = null
      deps.onTick()
      reschedule()
    }, delay)
  }
  return { reschedule, stop: clear }
}
