// The fetch the idle bench's processes use: the app's real source and provider URLs sent to one
// HTTP server on 127.0.0.1 (see idle-sources.ts), one fresh connection per request.
import { request } from 'node:http'
import { defaultGeoProviders } from '../../src/shared/geo/geo-providers'
import type { FetchFn } from '../../src/shared/net/fetch-text'
import { defaultSources } from '../../src/shared/net/sources'

/**
 * The path a real source or provider URL is answered on: `/<epoch>/<source>` for a source,
 * `/<epoch>/geo/<provider>/<ip>` for a geolocation look-up, `/<epoch>/unknown` otherwise (404).
 */
export function loopbackPath(url: string, epoch: number): string {
  const source = defaultSources.find((s) => s.url === url)
  if (source) return `/${epoch}/${source.name}`
  for (const provider of defaultGeoProviders) {
    const [head = '', tail = ''] = provider.url.split('{ip}')
    if (url.startsWith(head) && url.endsWith(tail)) {
      const ip = url.slice(head.length, url.length - tail.length)
      return `/${epoch}/geo/${provider.parser}/${encodeURIComponent(ip)}`
    }
  }
  return `/${epoch}/unknown`
}

/**
 * A fetch over node:http to the loopback server: one fresh connection per request and no timers
 * of its own, so what it costs is close to handing a request to another process (as the app hands
 * it to Chromium's network service). `epoch` tells which world to ask for.
 */
export function loopbackFetch(port: number, epoch: () => number = () => 0): FetchFn {
  return (url, init) =>
    new Promise<Response>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: loopbackPath(url, epoch()),
          agent: false,
          headers: { connection: 'close' },
          ...(init?.signal ? { signal: init.signal } : {}),
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.once('end', () =>
            resolve(
              new Response(Buffer.concat(chunks), {
                status: res.statusCode ?? 500,
                headers: { 'content-type': String(res.headers['content-type'] ?? 'text/plain') },
              }),
            ),
          )
          res.once('error', reject)
        },
      )
      req.once('error', reject)
      req.end()
    })
}
