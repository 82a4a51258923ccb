import { ReadableStream } from 'node:stream/web'
import { createSecureContext, type SecureContext } from 'node:tls'
import { buildConnector, EnvHttpProxyAgent, request, type Dispatcher } from 'undici'
import type { FetchFn } from '../shared/net/fetch-text'

/** The proxy the environment names for https URLs, if any. */
export function envProxy(env: NodeJS.ProcessEnv): string | null {
  return env['HTTPS_PROXY'] ?? env['https_proxy'] ?? env['HTTP_PROXY'] ?? env['http_proxy'] ?? null
}

/** What the CLI's client may be told; tests and the bench trust their own loopback certificate. */
export interface NodeFetchOptions {
  readonly ca?: string
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

/**
 * A TLS connector that keeps each host's latest session: undici caches sessions only weakly, so a
 * garbage collection between two ticks would turn the next connection into a full handshake. One
 * secure context serves every connection (building one per connection costs more than resuming).
 */
function sessionKeepingConnector(secureContext: SecureContext): buildConnector.connector {
  const kept = new Map<string, unknown>()
  const connect = buildConnector({ secureContext })
  return (options, callback) =>
    connect(options, (...result) => {
      const socket = result[1]
      socket?.on('session', (session: unknown) => {
        const key = options.servername || options.hostname
        kept.delete(key)
        kept.set(key, session)
        if (kept.size > MAX_SESSIONS) kept.delete(kept.keys().next().value ?? key)
      })
      callback(...result)
    })
}

function toHeaders(raw: Dispatcher.ResponseData['headers']): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(raw)) {
    for (const one of Array.isArray(value) ? value : [value ?? '']) headers.append(name, one)
  }
  return headers
}

/**
 * Node's client through undici, honouring HTTPS_PROXY / HTTP_PROXY / NO_PROXY like curl does, and
 * lean on the wire: it sends only the caller's headers (undici's fetch adds accept-language,
 * sec-fetch-mode, accept-encoding, pragma and cache-control), opens a fresh connection per request
 * (a kept connection would hide a proxy client's switch to another node) and resumes the kept TLS
 * session instead of a full handshake. Redirects are never followed; a 3xx comes back as is.
 */
export function createNodeFetch(options: NodeFetchOptions = {}): FetchFn {
  const secureContext = createSecureContext({ ...lean, ...(options.ca ? { ca: options.ca } : {}) })
  const dispatcher = new EnvHttpProxyAgent({
    pipelining: 0,
    connect: sessionKeepingConnector(secureContext),
    requestTls: { secureContext },
  })
  return async (url, init) => {
    const response = await request(url, {
      dispatcher,
      method: 'GET',
      headers: { 'user-agent': 'PayLight', ...(init?.headers as Record<string, string>) },
      signal: init?.signal ?? null,
    })
    const empty = nullBodyStatus.has(response.statusCode)
    if (empty) response.body.destroy()
    // `Readable.toWeb` throws on Node 20 when a capped read cancels mid-body; the iterator does not.
    const body = empty
      ? null
      : (ReadableStream.from(response.body) as unknown as ConstructorParameters<typeof Response>[0])
    return new Response(body, { status: response.statusCode, headers: toHeaders(response.headers) })
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
