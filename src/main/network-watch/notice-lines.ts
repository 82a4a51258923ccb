/**
 * What one line of an OS change monitor's output says: an address came or went, or an interface
 * changed state. Either is only a hint to read the interfaces again; the fingerprint decides.
 */
export type ChangeNotice = 'address' | 'link'

/** Reads one line of a monitor's output; null for anything that is not a change we act on. */
export type NoticeReader = (line: string) => ChangeNotice | null

/**
 * Linux, `ip -o monitor label link address` (iproute2, netlink): one line per message, labelled
 * `[ADDR]` or `[LINK]` (a removal reads `[ADDR]Deleted …`).
 */
export const readIpMonitorLine: NoticeReader = (line) => {
  if (line.startsWith('[ADDR]')) return 'address'
  if (line.startsWith('[LINK]')) return 'link'
  return null
}

// Routing-socket messages about addresses and interfaces; route additions and removals (ARP and
// neighbour entries among them, many a minute on a busy network) are left out.
const routeMessages: Readonly<Record<string, ChangeNotice>> = {
  RTM_NEWADDR: 'address',
  RTM_DELADDR: 'address',
  RTM_IFINFO: 'link',
  RTM_IFINFO2: 'link',
  RTM_IFANNOUNCE: 'link',
}

/**
 * macOS, `route -n monitor` (the routing socket): each message starts with a line such as
 * `RTM_NEWADDR: address being added to iface: len 168, …`.
 */
export const readRouteMonitorLine: NoticeReader = (line) => {
  const match = /^(RTM_[A-Z0-9]+):/.exec(line)
  return (
    (match && Object.hasOwn(routeMessages, match[1] ?? '') && routeMessages[match[1] ?? '']) || null
  )
}

/**
 * Windows, the PowerShell watcher (see `windowsWatcherScript`): prints the name of each
 * `NetworkChange` event it receives, `address` or `availability`.
 */
export const readNetworkChangeLine: NoticeReader = (line) => {
  const word = line.trim()
  if (word === 'address') return 'address'
  if (word === 'availability') return 'link'
  return null
}

/** Longest line kept: a longer one is dropped whole, so a runaway child cannot grow our memory. */
export const MAX_LINE = 4096

/**
 * Cuts a child's output, arriving in chunks split anywhere, into lines (LF or CRLF). What is left
 * after the last newline waits for the next chunk; a line past {@link MAX_LINE} is dropped.
 */
export function createLineSplitter(onLine: (line: string) => void, max = MAX_LINE) {
  let partial = ''
  let overflow = false
  return (chunk: string): void => {
    const parts = chunk.split('\n')
    const last = parts.pop() ?? ''
    for (const part of parts) {
      const line = (partial + part).replace(/\r$/, '')
      if (!overflow && line.length <= max) onLine(line)
      partial = ''
      overflow = false
    }
    partial += last
    if (partial.length > max) {
      partial = ''
      overflow = true
    }
  }
}
