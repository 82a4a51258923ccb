// Stand-ins for the services the checks ask, one HTTPS server per real host on 127.0.0.1, as
// Chromium meets them: HTTP/2 over TLS 1.3 with a leaf and intermediate certificate, Cloudflare's
// answer headers, fresh session tickets on every handshake. Each counts what crossed its sockets.
import { randomBytes } from 'node:crypto'
import { createSecureServer, type Http2SecureServer, type ServerHttp2Session } from 'node:http2'
import type { AddressInfo, Socket } from 'node:net'
import type { TLSSocket } from 'node:tls'
import { generate } from 'selfsigned'
import { answerFor } from '../loopback-world'
import { edgeHeaders } from '../edge-headers'

/** A certificate chain like a public site's: a root, an intermediate, a leaf for 127.0.0.1. */
export async function edgeChain() {
  const ec = { keyType: 'ec', curve: 'P-256', algorithm: 'sha256' } as const
  const caExtensions = [
    { name: 'basicConstraints', cA: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true },
  ] as const
  const root = await generate([{ name: 'commonName', value: 'PayLight Bench Root' }], {
    ...ec,
    extensions: [...caExtensions],
  })
  const intermediate = await generate([{ name: 'commonName', value: 'PayLight Bench CA 1' }], {
    ...ec,
    extensions: [...caExtensions],
    ca: { key: root.private, cert: root.cert },
  })
  const leaf = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    ...ec,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] },
    ],
    ca: { key: intermediate.private, cert: intermediate.cert },
  })
  return { key: leaf.private, cert: `${leaf.cert}\n${intermediate.cert}`, leafCert: leaf.cert }
}

/** A path every stand-in answers with 204 and nothing else: what a request costs at the least. */
export const FLOOR_PATH = '/__floor'

/** What the servers saw since the last reset: connections, resumed ones, requests, bytes both ways. */
export interface EdgeTotals {
  readonly connections: number
  readonly resumed: number
  readonly requests: number
  readonly bytes: number
  /** Of the bytes, those the client sent (the rest the server did). */
  readonly fromClient: number
  readonly protocols: readonly string[]
}

/** The TLS context Node keeps for a server (not in its typings: see `renewTickets`). */
interface TicketContext {
  enableTicketKeyCallback(): void
  onticketkeycallback: (name: Buffer, iv: Buffer, encrypt: boolean) => unknown[]
}

/**
 * Makes OpenSSL send a new session ticket after every resumed handshake, as BoringSSL-based edges
 * do. OpenSSL sends tickets after full handshakes only, unless the ticket-key callback asks to
 * renew; Chromium uses each TLS 1.3 ticket once, so without renewal only two of three fresh
 * connections could resume, whatever the client does. Node 20 exposes that callback only on its
 * internal context object.
 */
function renewTickets(server: Http2SecureServer): void {
  const context = (server as unknown as { _sharedCreds?: { context?: TicketContext } })._sharedCreds
    ?.context
  if (!context?.enableTicketKeyCallback)
    throw new Error('cannot renew session tickets on this Node')
  const name = randomBytes(16)
  const hmac = randomBytes(32)
  const aes = randomBytes(16)
  context.onticketkeycallback = (ticketName, _iv, encrypt) => {
    if (encrypt) return [1, hmac, aes, name, randomBytes(16)]
    return Buffer.from(ticketName).equals(name) ? [2, hmac, aes] : [0, hmac, aes]
  }
  context.enableTicketKeyCallback()
}

/** The servers: `origin(host)` is where a real host is answered; `closeAll` ends every connection. */
export interface EdgeServers {
  /** The leaf certificate the client is to trust, and the chain's size as sent (DER bytes). */
  readonly leafCert: string
  readonly chainBytes: number
  /** `https://127.0.0.1:<port>` standing in for a real host (`chatgpt.com`, `1.1.1.1`, …). */
  origin(host: string): string
  /** Closes every connection (as the app's checks session does before a batch), once closed. */
  closeAll(): Promise<void>
  /** What was counted since the last call (every connection closed first). */
  totals(): Promise<EdgeTotals>
  /** The request headers of the newest request, as the server received them. */
  lastHeaders(): Readonly<Record<string, string | string[] | undefined>>
  stop(): Promise<void>
}

/** Starts one server per host in `hosts`, answering as the real services in the steady world. */
export async function startEdgeServers(hosts: readonly string[]): Promise<EdgeServers> {
  const chain = await edgeChain()
  const origins = new Map<string, string>()
  const servers: Http2SecureServer[] = []
  const sockets = new Set<Socket>()
  const sessions = new Set<ServerHttp2Session>()
  const zero = {
    connections: 0,
    resumed: 0,
    requests: 0,
    bytes: 0,
    fromClient: 0,
    protocols: [] as string[],
  }
  let counts = { ...zero, protocols: [] as string[] }
  let headers: Record<string, string | string[] | undefined> = {}
  for (const host of hosts) {
    const server = createSecureServer(
      { key: chain.key, cert: chain.cert, allowHTTP1: true, minVersion: 'TLSv1.3' },
      (req, res) => {
        counts.requests++
        if (req.url === FLOOR_PATH) {
          // The least a server can answer: no headers, no body.
          res.sendDate = false
          res.writeHead(204).end()
          return
        }
        headers = { ...req.headers }
        const answer = answerFor(`https://${host}${req.url}`, 0)
        // No alt-svc: there is no HTTP/3 here, and Chromium would try it (see performance.md).
        const edge = edgeHeaders()
        delete edge['alt-svc']
        if (answer.kind !== 'body') throw new Error('the edge stand-ins only answer with bodies')
        res.writeHead(answer.status ?? 200, {
          ...edge,
          'content-type': answer.contentType ?? 'text/plain',
        })
        res.end(answer.body)
      },
    )
    renewTickets(server)
    server.on('connection', (socket: Socket) => {
      counts.connections++
      sockets.add(socket)
      socket.once('close', () => {
        sockets.delete(socket)
        counts.bytes += socket.bytesRead + socket.bytesWritten
        counts.fromClient += socket.bytesRead
      })
    })
    server.on('secureConnection', (tls: TLSSocket) => {
      if (tls.isSessionReused()) counts.resumed++
      counts.protocols.push(String(tls.alpnProtocol))
    })
    server.on('session', (session: ServerHttp2Session) => {
      sessions.add(session)
      session.once('close', () => sessions.delete(session))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origins.set(host, `https://127.0.0.1:${(server.address() as AddressInfo).port}`)
    servers.push(server)
  }
  const allClosed = async () => {
    const until = Date.now() + 5000
    while (sockets.size > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 5))
    if (sockets.size > 0) throw new Error(`${sockets.size} connections would not close`)
  }
  const closeAll = async () => {
    for (const session of sessions) session.close()
    // An HTTP/1.1 connection (no ALPN agreement) has no session to close: end it.
    for (const socket of sockets) if (![...sessions].some((s) => s.socket === socket)) socket.end()
    await allClosed()
  }
  const der = (pem: string) => Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64').length
  return {
    leafCert: chain.leafCert,
    chainBytes: chain.cert
      .split(/(?=-----BEGIN CERTIFICATE-----)/)
      .reduce((sum, pem) => sum + der(pem), 0),
    origin: (host) => {
      const origin = origins.get(host)
      if (!origin) throw new Error(`no stand-in for ${host}`)
      return origin
    },
    closeAll,
    totals: async () => {
      await closeAll()
      const seen = counts
      counts = { ...zero, protocols: [] }
      return seen
    },
    lastHeaders: () => headers,
    stop: async () => {
      await closeAll()
      await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))))
    },
  }
}
