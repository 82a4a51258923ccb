import type { CheckTrigger } from '../../shared/monitor/freshness'
import type { Timers } from '../../shared/monitor/monitor'
import { createInterfaceWatch, type InterfaceWatchDeps } from '../interface-watch'

/**
 * Watches the local interfaces and hands every change straight to the monitor, whose settle
 * policy (in the core, tested with fake timers) decides when to check: no waiting here.
 */
export function setupInterfaceWatch(deps: {
  readonly readInterfaces: InterfaceWatchDeps['readInterfaces']
  readonly isOnline: () => boolean
  readonly timers: Timers
  readonly trigger: (trigger: CheckTrigger) => void
  readonly pollMs?: number
}) {
  return createInterfaceWatch({
    readInterfaces: deps.readInterfaces,
    isOnline: deps.isOnline,
    timers: deps.timers,
    ...(deps.pollMs === undefined ? {} : { pollMs: deps.pollMs }),
    onEvent: deps.trigger,
  })
}
