import type { Net } from 'electron'
import { createLogger } from '../../shared/util/logger'
import type { CheckTrigger } from '../../shared/monitor/freshness'
import type { Timers } from '../../shared/monitor/monitor'
import type { AppServices } from '../app-services'
import { createInterfaceWatch, type InterfaceWatchDeps } from '../network-watch/interface-watch'
import { createOsChangeNotices, type SpawnMonitor } from '../network-watch/os-change-notices'

const log = createLogger('power')

/** The Electron modules the machine's hints come from, narrowed to what is used. */
export interface PowerElectron {
  readonly powerMonitor: { on(event: 'suspend' | 'resume', listener: () => void): unknown }
  /** Whether the system is online. */
  readonly net: Pick<Net, 'isOnline'>
}

/** The monitor's side of the machine's hints. */
export type PowerMonitorHints = Pick<AppServices['monitor'], 'suspend' | 'resume'> & {
  readonly trigger: (trigger: CheckTrigger) => unknown
}

/**
 * What the machine tells the monitor: sleep and wake (powerMonitor), and changes of the local
 * interfaces or the online state, learnt from the OS's own change notices (a monitor command per
 * platform; a slow poll where there is none). Each goes straight to the monitor, whose settle
 * policy (in the core, tested on a fake clock) decides when to check. `stop` ends the watch and
 * its child process; the power listeners live as long as the app.
 */
export function setupPower(
  electron: PowerElectron,
  deps: {
    /** Node's os module, narrowed: the interfaces are read from it. */
    readonly os: { networkInterfaces: InterfaceWatchDeps['readInterfaces'] }
    readonly timers: Timers
    readonly monitor: PowerMonitorHints
    readonly platform: NodeJS.Platform
    /** Starts the platform's monitor command (see `spawnMonitor`). */
    readonly spawn: SpawnMonitor
    readonly now: () => number
    readonly pid: number
  },
): { readonly stop: () => void } {
  electron.powerMonitor.on('suspend', () => deps.monitor.suspend())
  electron.powerMonitor.on('resume', () => deps.monitor.resume())
  const watch = createInterfaceWatch({
    readInterfaces: () => deps.os.networkInterfaces(),
    isOnline: () => electron.net.isOnline(),
    timers: deps.timers,
    notices: createOsChangeNotices({ ...deps, parentPid: deps.pid }),
    onEvent: (event) => void deps.monitor.trigger(event),
    onPolling: (reason) =>
      log.warn('no network change notices from the system; polling', { reason }),
  })
  watch.start()
  return { stop: watch.stop }
}
