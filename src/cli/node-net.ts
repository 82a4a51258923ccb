import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { connect as tcpConnect, type Socket } from 'node:net'
import { ReadableStream } from 'node:stream/web'
import { connect as tlsConnect, createSecureContext, type SecureContext } from 'node:tls'
import type { FetchFn } from '../shared/net/fetch-text'
import { envProxy, openTunnel, proxyFor } from './env-proxy'

export { envProxy }

/** What the CLI's client may be told; tests and the bench trust their own loopback certificate. */
export interface NodeFetchOptions {
  readonly ca?: string
  /** Where HTTPS_PROXY / HTTP_PROXY / NO_PROXY are read (the process's environment by default). */
  readonly env?: NodeJS.ProcessEnv
}

const MAX_SESSIONS = 32
// A lean ClientHello: modern suites, signature schemes and groups only (Mozilla's "intermediate"
// choice without finite-field DHE); Node's defaults list dozens more, ~100 bytes per connection.
const lean = {
  ciphers: [
    'TLS_AES_128_GCM_SHA256',
    'TLS_AES_256_GCM_SHA384',
    'TLS_CHACHA20_POLY1305_SHA256',
    'ECDHE-ECDSA-AES128-GCM-SHA256',
    'ECDHE-RSA-AES128-GCM-SHA256',
    'ECDHE-ECDSA-AES256-GCM-SHA384',
    'ECDHE-RSA-AES256-GCM-SHA384',
    'ECDHE-ECDSA-CHACHA20-POLY1305',
    'ECDHE-RSA-CHACHA20-POLY1305',
  ].join(':'),
  sigalgs: [
    'ecdsa_secp256r1_sha256',
    'ecdsa_secp384r1_sha384',
    'ed25519',
    'rsa_pss_rsae_sha256',
    'rsa_pss_rsae_sha384',
    'rsa_pss_rsae_sha512',
    'rsa_pkcs1_sha256',
    'rsa_pkcs1_sha384',
    'rsa_pkcs1_sha512',
  ].join(':'),
  ecdhCurve: 'X25519:P-256:P-384',
}
const nullBodyStatus = new Set([101, 103, 204, 205, 304])
const isIp = (host: string) => /^[\d.]+$|:/.test(host)

/**
 * Opens each connection fresh and keeps each host's latest TLS session, so the next connection
 * resumes it instead of a full handshake. One secure context serves every connection (building
 * one per connection costs more than resuming).
 */
function connector(secureContext: SecureContext) {
  const kept = new Map<string, Buffer>()
  return (target: URL, tunnel: Socket | null): Socket => {
    const host = target.hostname.replace(/^\[|\]$/g, '')
    const port = Number(target.port || (target.protocol === 'https:' ? 443 : 80))
    if (target.protocol !== 'https:') return tunnel ? tunnel.resume() : tcpConnect(port, host)
    const key = `${host}:${port}`
    const socket = tlsConnect({
      ...(tunnel ? { socket: tunnel } : { host, port }),
      ...(isIp(host) ? {} : { servername: host }),
      secureContext,
      ...(kept.has(key) ? { session: kept.get(key) } : {}),
    })
    socket.on('session', (session: Buffer) => {
      kept.delete(key)
      kept.set(key, session)
      if (kept.size > MAX_SESSIONS) kept.delete(kept.keys().next().value ?? key)
    })
    return socket
  }
}

// The body as a web stream, by hand: `ReadableStream.from` (async iteration) costs a tenth of a
// probe's CPU, and `Readable.toWeb` throws on Node 20 when a capped read cancels mid-body. The
// socket pauses while a chunk waits unread, so a flood waits in the kernel, not in memory.
function webBody(message: IncomingMessage): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        message.on('data', (chunk: Buffer) => {
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength))
          if ((controller.desiredSize ?? 0) <= 0) message.pause()
        })
        message.once('end', () => controller.close())
        message.on('error', (error) => controller.error(error))
      },
      pull: () => void message.resume(),
      cancel: () => void message.destroy(),
    },
    { highWaterMark: 1 },
  )
}

function toResponse(message: IncomingMessage): Response {
  const status = message.statusCode ?? 0
  const headers = new Headers()
  const raw = message.rawHeaders
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] ?? '', raw[i + 1] ?? '')
  const empty = nullBodyStatus.has(status)
  if (empty) message.destroy()
  const body = empty
    ? null
    : (webBody(message) as unknown as ConstructorParameters<typeof Response>[0])
  return new Response(body, { status, headers })
}

/**
 * Node's own HTTP/1.1 client over a connection opened here, honouring HTTPS_PROXY / HTTP_PROXY /
 * NO_PROXY like curl does (CONNECT tunnels), and lean on the wire and in CPU: it sends only Host,
 * the caller's headers and `Connection: close`, opens a fresh connection per request (a kept
 * connection would hide a proxy client's switch to another node) and resumes the kept TLS session.
 * Redirects are never followed; a 3xx comes back as is.
 */
export function createNodeFetch(options: NodeFetchOptions = {}): FetchFn {
  const env = options.env ?? process.env
  const connect = connector(
    createSecureContext({ ...lean, ...(options.ca ? { ca: options.ca } : {}) }),
  )
  return async (url, init) => {
    const target = new URL(url)
    if (target.protocol !== 'https:' && target.protocol !== 'http:')
      throw new TypeError(`unsupported protocol ${target.protocol}`)
    const signal = init?.signal ?? null
    const proxy = proxyFor(target, env)
    const tunnel = proxy ? await openTunnel(proxy, target, signal) : null
    const request = target.protocol === 'https:' ? httpsRequest : httpRequest
    return new Promise<Response>((resolve, reject) => {
      const req = request({
        method: 'GET',
        host: target.hostname,
        ...(target.port ? { port: Number(target.port) } : {}),
        path: `${target.pathname}${target.search}`,
        headers: { 'user-agent': 'PayLight', ...(init?.headers as Record<string, string>) },
        ...(signal ? { signal } : {}),
        createConnection: () => connect(target, tunnel),
      })
      req.once('response', (message) => resolve(toResponse(message)))
      req.on('error', (error) => reject(new Error('fetch failed', { cause: error })))
      req.end()
    })
  }
}

/** The CLI's equivalent of Electron's resolveProxy: what the environment says, in PAC syntax. */
export function envResolveProxy(env: NodeJS.ProcessEnv): (url: string) => Promise<string> {
  const proxy = envProxy(env)
  return async () => {
    if (!proxy || !URL.canParse(proxy)) return 'DIRECT'
    return `PROXY ${new URL(proxy).host}`
  }
}
