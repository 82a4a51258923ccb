// Child process of `npm run bench`: an HTTPS server on 127.0.0.1 that answers like Cloudflare's
// trace endpoints, in its own process so its CPU is not counted as the client's.
import { createServer } from 'node:https'
import type { AddressInfo } from 'node:net'

/** What the bench sends the server: its certificate and each path's body. */
export interface ServerSetup {
  readonly cert: string
  readonly key: string
  readonly bodies: Readonly<Record<string, string>>
}

// The shape and size of a Cloudflare trace answer's headers (HTTP/1.1; date and ray vary).
const edgeHeaders = (): Record<string, string> => ({
  date: new Date().toUTCString(),
  'content-type': 'text/plain',
  'access-control-allow-origin': '*',
  'cache-control': 'no-cache',
  expires: 'Thu, 01 Jan 1970 00:00:01 GMT',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'strict-transport-security': 'max-age=31536000; includeSubDomains; preload',
  server: 'cloudflare',
  'cf-ray': `${Math.floor(Math.random() * 2 ** 52)
    .toString(16)
    .padStart(16, '0')}-LAX`,
  'alt-svc': 'h3=":443"; ma=86400',
})

process.once('message', (setup: ServerSetup) => {
  const server = createServer({ cert: setup.cert, key: setup.key }, (req, res) => {
    const template = setup.bodies[req.url ?? '']
    if (template === undefined) {
      res.writeHead(404, edgeHeaders()).end('not found')
      return
    }
    // Like the real trace, the body echoes the request's user agent.
    const body = template.replace(/^uag=.*$/m, `uag=${req.headers['user-agent'] ?? ''}`)
    res.writeHead(200, edgeHeaders()).end(body)
  })
  server.listen(0, '127.0.0.1', () => {
    process.send?.({ port: (server.address() as AddressInfo).port })
  })
  process.once('disconnect', () => process.exit(0))
})
