// Child process of `npm run bench`: an HTTPS server on 127.0.0.1 that answers like Cloudflare's
// trace endpoints, in its own process so its CPU is not counted as the client's. It counts what
// the client did at the server's end: connections, requests, resumed sessions, bytes on the wire.
import { createServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import type { TLSSocket } from 'node:tls'
import { edgeHeaders } from './edge-headers'

/** What the bench sends the server: its certificate and each path's body. */
export interface ServerSetup {
  readonly cert: string
  readonly key: string
  readonly bodies: Readonly<Record<string, string>>
}

/** What the server saw since the last `{ totals: true }` message, sent back on that message. */
export interface ServerTotals {
  readonly connections: number
  readonly requests: number
  readonly resumed: number
  /** TCP bytes both ways (TLS records included), counted when each connection closed. */
  readonly bytes: number
  /** Connections still open when asked (their bytes are not counted yet). */
  readonly open: number
}

const zero = { connections: 0, requests: 0, resumed: 0, bytes: 0 }

process.once('message', (setup: ServerSetup) => {
  let counts = { ...zero }
  const open = new Set<Socket>()
  const server = createServer({ cert: setup.cert, key: setup.key }, (req, res) => {
    counts.requests++
    const template = setup.bodies[req.url ?? '']
    if (template === undefined) {
      res.writeHead(404, edgeHeaders()).end('not found')
      return
    }
    // Like the real trace, the body echoes the request's user agent.
    const body = template.replace(/^uag=.*$/m, `uag=${req.headers['user-agent'] ?? ''}`)
    res.writeHead(200, edgeHeaders()).end(body)
  })
  server.on('connection', (tcp: Socket) => {
    counts.connections++
    open.add(tcp)
    tcp.once('close', () => {
      open.delete(tcp)
      counts.bytes += tcp.bytesRead + tcp.bytesWritten
    })
  })
  server.on('secureConnection', (tls: TLSSocket) => {
    if (tls.isSessionReused()) counts.resumed++
  })
  server.listen(0, '127.0.0.1', () => {
    process.send?.({ port: (server.address() as AddressInfo).port })
  })
  process.on('message', (message: { totals?: boolean }) => {
    if (!message.totals) return
    const totals: ServerTotals = { ...counts, open: open.size }
    counts = { ...zero }
    process.send?.(totals)
  })
  process.once('disconnect', () => process.exit(0))
})
