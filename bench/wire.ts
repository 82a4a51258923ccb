import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import type { Socket } from 'node:net'

interface CountedHandle {
  readonly bytesRead: number
  readonly bytesWritten: number
}

/** What the client's sockets carried while a {@link WireMeter} was on. */
export interface WireTotals {
  readonly bytes: number
  readonly connections: number
  readonly resumed: number
}

/** Counts the client's traffic at the socket level while it is on; `stop()` returns the totals. */
export interface WireMeter {
  stop(): WireTotals
}

/**
 * Watches every connection undici opens and counts the TCP bytes under TLS, both directions
 * (a TLS socket's own counters are the decrypted bytes). The counters are read while the socket
 * is still open: the server closes first (one request per connection), so its end is the last word.
 */
export function startWireMeter(): WireMeter {
  const seen = new Map<Socket, { read: number; written: number; resumed: boolean }>()
  const onConnect = (message: unknown) => {
    const socket = (message as { socket: Socket & { isSessionReused?: () => boolean } }).socket
    const tcp = (socket as unknown as { _handle?: { _parent?: CountedHandle } })._handle?._parent
    const entry = { read: 0, written: 0, resumed: socket.isSessionReused?.() ?? false }
    seen.set(socket, entry)
    const sample = () => {
      entry.read = Math.max(entry.read, tcp?.bytesRead ?? socket.bytesRead)
      entry.written = Math.max(entry.written, tcp?.bytesWritten ?? socket.bytesWritten)
    }
    socket.on('data', sample)
    socket.prependListener('end', sample)
  }
  subscribe('undici:client:connected', onConnect)
  return {
    stop: () => {
      unsubscribe('undici:client:connected', onConnect)
      let bytes = 0
      let resumed = 0
      for (const entry of seen.values()) {
        bytes += entry.read + entry.written
        if (entry.resumed) resumed++
      }
      return { bytes, connections: seen.size, resumed }
    },
  }
}
