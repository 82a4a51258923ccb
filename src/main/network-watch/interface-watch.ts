import type { NetworkInterfaceInfo } from 'node:os'
import type { Timers } from '../../shared/monitor/monitor'
import type { ChangeNotices } from './os-change-notices'

/** What changed on the local machine. */
export type LocalNetworkEvent = 'network-change' | 'online' | 'offline'

/**
 * A cheap, local fingerprint of the interfaces (names, families, addresses). Comparing two tells
 * that Wi-Fi, a VPN tunnel or a cable changed, without any traffic.
 */
export function networkFingerprint(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string {
  return Object.entries(interfaces)
    .flatMap(([name, infos]) =>
      (infos ?? []).filter((i) => !i.internal).map((i) => `${name}|${i.family}|${i.address}`),
    )
    .sort()
    .join(',')
}

/** Dependencies of the watcher: the OS's change notices, reading interfaces and online state, timers. */
export interface InterfaceWatchDeps {
  readonly readInterfaces: () => NodeJS.Dict<NetworkInterfaceInfo[]>
  readonly isOnline: () => boolean
  readonly timers: Timers
  /** The OS's word that something changed; without it, or once it is lost, the watch polls. */
  readonly notices?: ChangeNotices | null
  readonly pollMs?: number
  readonly onEvent: (event: LocalNetworkEvent) => void
  /** Told once when the watch falls back to polling, and why (for the log). */
  readonly onPolling?: (reason: string) => void
}

/**
 * How often the interfaces are read where the OS gives no notices. Slow on purpose: each read
 * wakes the process; an alert then comes within this plus a check.
 */
export const INTERFACE_POLL_MS = 5000
/** A second read this long after a notice: the online state can follow an address change late. */
export const NOTICE_FOLLOW_UP_MS = 1000

/**
 * Reports local network changes: on each of the OS's notices the interfaces and the online state
 * are read again (a notice alone is no change: the fingerprint decides), and once more a moment
 * later. Where the OS gives no notices, they are read every {@link INTERFACE_POLL_MS} instead.
 * Nothing runs between notices; no packets leave the machine.
 */
export function createInterfaceWatch(deps: InterfaceWatchDeps) {
  const pollMs = deps.pollMs ?? INTERFACE_POLL_MS
  let fingerprint = networkFingerprint(deps.readInterfaces())
  let online = deps.isOnline()
  let poll: unknown = null
  let followUp: unknown = null
  let running = false

  const compare = () => {
    const nextOnline = deps.isOnline()
    const nextPrint = networkFingerprint(deps.readInterfaces())
    if (nextOnline !== online) deps.onEvent(nextOnline ? 'online' : 'offline')
    else if (nextPrint !== fingerprint) deps.onEvent('network-change')
    online = nextOnline
    fingerprint = nextPrint
  }
  const tick = () => {
    poll = null
    compare()
    if (running) poll = deps.timers.setTimeout(tick, pollMs)
  }
  const notice = () => {
    if (!running) return
    compare()
    if (followUp !== null) deps.timers.clearTimeout(followUp)
    followUp = deps.timers.setTimeout(() => {
      followUp = null
      compare()
    }, NOTICE_FOLLOW_UP_MS)
  }
  const startPolling = (reason: string) => {
    if (!running || poll !== null) return
    deps.onPolling?.(reason)
    poll = deps.timers.setTimeout(tick, pollMs)
  }
  return {
    start: () => {
      if (running) return
      running = true
      if (deps.notices) deps.notices.start({ notice, lost: startPolling })
      else startPolling('no change notices on this platform')
    },
    stop: () => {
      running = false
      deps.notices?.stop()
      for (const handle of [poll, followUp]) if (handle !== null) deps.timers.clearTimeout(handle)
      poll = null
      followUp = null
    },
  }
}
