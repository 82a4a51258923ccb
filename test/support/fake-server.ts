import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/** The header by which the fake server tells `loopbackFetch` to fail as an unreachable route. */
export const UNREACHABLE_HEADER = 'x-fake-unreachable'

/**
 * How a fake endpoint answers: a body, a truncated body, a hang, a dropped connection, or (through
 * `loopbackFetch`) no route at all — what a machine without IPv6 sees, which no local server can
 * produce by itself.
 */
export type FakeBehaviour =
  | {
      readonly kind: 'body'
      readonly body: string
      readonly status?: number
      readonly delayMs?: number
      readonly contentType?: string
      readonly headers?: Readonly<Record<string, string>>
    }
  | { readonly kind: 'truncate'; readonly body: string }
  | { readonly kind: 'hang' }
  | { readonly kind: 'reset' }
  | { readonly kind: 'unreachable' }

/** A route's behaviour, fixed or computed from the request path. */
export type FakeRoute = FakeBehaviour | ((path: string) => FakeBehaviour)

/** A local HTTP server on 127.0.0.1 (random port) that plays the outside services in tests. */
export interface FakeServer {
  readonly origin: string
  url(path: string): string
  setRoute(prefix: string, route: FakeRoute): void
  readonly requests: string[]
  /** Bytes read and written on all sockets so far (what the wire carried). */
  bytes(): { sent: number; received: number }
  resetCounters(): void
  close(): Promise<void>
}

/** Starts a fake server; routes match by path prefix, longest first. Unknown paths get a 404. */
export async function startFakeServer(routes: Record<string, FakeRoute> = {}): Promise<FakeServer> {
  const table = new Map<string, FakeRoute>(Object.entries(routes))
  const requests: string[] = []
  const sockets = new Set<Socket>()
  let closedRead = 0
  let closedWritten = 0
  let baseRead = 0
  let baseWritten = 0

  const lookup = (path: string): FakeBehaviour => {
    const prefix = [...table.keys()]
      .filter((p) => path.startsWith(p))
      .sort((a, b) => b.length - a.length)[0]
    const route = prefix === undefined ? undefined : table.get(prefix)
    if (!route) return { kind: 'body', status: 404, body: 'not found' }
    return typeof route === 'function' ? route(path) : route
  }

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/'
    requests.push(path)
    const behaviour = lookup(path)
    switch (behaviour.kind) {
      case 'hang':
        return
      case 'reset':
        req.socket.destroy()
        return
      case 'unreachable':
        res.writeHead(599, { [UNREACHABLE_HEADER]: 'ENETUNREACH' })
        res.end()
        return
      case 'truncate':
        res.writeHead(200, {
          'content-type': 'text/plain',
          'content-length': String(Buffer.byteLength(behaviour.body) + 100),
        })
        res.write(behaviour.body)
        setTimeout(() => req.socket.destroy(), 10)
        return
      case 'body': {
        const send = () => {
          res.writeHead(behaviour.status ?? 200, {
            'content-type': behaviour.contentType ?? 'text/plain',
            ...behaviour.headers,
          })
          res.end(behaviour.body)
        }
        if (behaviour.delayMs) setTimeout(send, behaviour.delayMs)
        else send()
      }
    }
  }

  const server = createServer(handle)
  server.keepAliveTimeout = 1000
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => {
      closedRead += socket.bytesRead
      closedWritten += socket.bytesWritten
      sockets.delete(socket)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  const totals = () => {
    let read = closedRead
    let written = closedWritten
    for (const s of sockets) {
      read += s.bytesRead
      written += s.bytesWritten
    }
    return { read, written }
  }
  return {
    origin,
    url: (path) => `${origin}${path}`,
    setRoute: (prefix, route) => void table.set(prefix, route),
    requests,
    bytes: () => {
      const { read, written } = totals()
      // From the client's side: what the server read was sent, what it wrote was received.
      return { sent: read - baseRead, received: written - baseWritten }
    },
    resetCounters: () => {
      const { read, written } = totals()
      baseRead = read
      baseWritten = written
      requests.length = 0
    },
    close: async () => {
      for (const s of sockets) s.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
