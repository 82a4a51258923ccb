import type { CheckTrigger } from '../../shared/monitor/freshness'
import type { Timers } from '../../shared/monitor/monitor'
import { createInterfaceWatch, type InterfaceWatchDeps } from '../interface-watch'

/** Wi-Fi and VPNs take a moment to finish reconnecting; asking earlier sees a half-built route. */
export const SETTLE_MS = 2000

/**
 * Watches the local interfaces and asks for a full check once the network has settled: a burst of
 * events (a VPN coming up touches several interfaces) becomes one check, timed from the last one.
 */
export function setupInterfaceWatch(deps: {
  readonly readInterfaces: InterfaceWatchDeps['readInterfaces']
  readonly isOnline: () => boolean
  readonly timers: Timers
  readonly trigger: (trigger: CheckTrigger) => void
  readonly pollMs?: number
}) {
  let settle: unknown = null
  const watch = createInterfaceWatch({
    readInterfaces: deps.readInterfaces,
    isOnline: deps.isOnline,
    timers: deps.timers,
    ...(deps.pollMs === undefined ? {} : { pollMs: deps.pollMs }),
    onEvent: (event) => {
      if (settle !== null) deps.timers.clearTimeout(settle)
      settle = deps.timers.setTimeout(() => {
        settle = null
        deps.trigger(event)
      }, SETTLE_MS)
    },
  })
  return {
    start: watch.start,
    stop: () => {
      watch.stop()
      if (settle !== null) deps.timers.clearTimeout(settle)
      settle = null
    },
  }
}
