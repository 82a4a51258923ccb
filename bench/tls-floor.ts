import { connect, createSecureContext } from 'node:tls'

/**
 * The floor under the client figures: a bare `tls.connect` resuming its session (TLS 1.3, X25519,
 * one suite) and a hand-written HTTP/1.1 GET read to the end, no HTTP client, no Response. What
 * the client costs above this is the client's; this much is Node's TLS on this machine.
 */
export function bareTlsGet(ca: string, port: number, path: string): () => Promise<void> {
  const secureContext = createSecureContext({
    ca,
    minVersion: 'TLSv1.3',
    ecdhCurve: 'X25519',
    ciphers: 'TLS_AES_128_GCM_SHA256',
  })
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
