import type { NetworkInterfaceInfo } from 'node:os'
import type { Timers } from '../shared/monitor/monitor'

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

/** Dependencies of the watcher: reading interfaces and online state, and timers. */
export interface InterfaceWatchDeps {
  readonly readInterfaces: () => NodeJS.Dict<NetworkInterfaceInfo[]>
  readonly isOnline: () => boolean
  readonly timers: Timers
  readonly pollMs?: number
  readonly onEvent: (event: LocalNetworkEvent) => void
}

/** How often the interfaces are read: a fingerprint of `os.networkInterfaces()` costs microseconds. */
export const INTERFACE_POLL_MS = 1000

/** Polls the local interfaces every second and reports changes; no packets leave the machine. */
export function createInterfaceWatch(deps: InterfaceWatchDeps) {
  const pollMs = deps.pollMs ?? INTERFACE_POLL_MS
  let fingerprint = networkFingerprint(deps.readInterfaces())
  let online = deps.isOnline()
  let handle: unknown = null
  const tick = () => {
    const nextOnline = deps.isOnline()
    const nextPrint = networkFingerprint(deps.readInterfaces())
    if (nextOnline !== online) deps.onEvent(nextOnline ? 'online' : 'offline')
    else if (nextPrint !== fingerprint) deps.onEvent('network-change')
    online = nextOnline
    fingerprint = nextPrint
    handle = deps.timers.setTimeout(tick, pollMs)
  }
  return {
    start: () => {
      handle = deps.timers.setTimeout(tick, pollMs)
    },
    stop: () => {
      if (handle !== null) deps.timers.clearTimeout(handle)
      handle = null
    },
  }
}
