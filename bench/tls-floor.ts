import { connect, createSecureContext } from 'node:tls'

/** Which resumption the floor uses: TLS 1.3 (PSK with a fresh X25519 share) or TLS 1.2 tickets. */
export type FloorTls = '1.3' | '1.2'

/**
 * The floor under the client figures: a bare `tls.connect` resuming its session and a
 * hand-written HTTP/1.1 GET read to the end, no HTTP client, no Response. What the client costs
 * above this is the client's; this much is Node's TLS on this machine. TLS 1.2 ticket resumption
 * skips the key exchange TLS 1.3 still does; it is measured for comparison only (the client keeps
 * TLS 1.3, whose resumed sessions keep forward secrecy).
 */
function bareTlsGet(
  ca: string,
  port: number,
  path: string,
  tls: FloorTls = '1.3',
): () => Promise<void> {
  const secureContext = createSecureContext(
    tls === '1.3'
      ? { ca, minVersion: 'TLSv1.3', ecdhCurve: 'X25519', ciphers: 'TLS_AES_128_GCM_SHA256' }
      : // The server's certificate is ECDSA P-256: TLS 1.2 needs that curve offered to use it.
        {
          ca,
          maxVersion: 'TLSv1.2',
          ecdhCurve: 'X25519:P-256',
          ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256',
        },
  )
  const request = `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: PayLight\r\nConnection: close\r\n\r\n`
  let session: Buffer | undefined
  return () =>
    new Promise((resolve, reject) => {
      const socket = connect({
        host: '127.0.0.1',
        port,
        secureContext,
        ...(session ? { session } : {}),
      })
      socket.on('session', (next: Buffer) => void (session = next))
      socket.once('secureConnect', () => socket.write(request))
      socket.on('data', () => undefined)
      socket.once('end', () => {
        socket.destroy()
        resolve()
      })
      socket.once('error', reject)
    })
}

/** `routes` bare GETs at once, each route with its own kept session, like a check's parallel probes. */
export function bareTlsRoutes(
  ca: string,
  port: number,
  paths: readonly string[],
  tls: FloorTls = '1.3',
): () => Promise<void> {
  const gets = paths.map((path) => bareTlsGet(ca, port, path, tls))
  return async () => void (await Promise.all(gets.map((get) => get())))
}
