// The fetch the idle bench's processes use: the app's real source and provider URLs sent to one
// HTTP server on 127.0.0.1 (see idle-sources.ts), one fresh connection per request.
import { request } from 'node:http'
import type { FetchFn } from '../../src/shared/net/fetch-text'

/** The path a real URL is answered on in the world of `epoch`: `/<epoch>/<the URL, encoded>`. */
export function loopbackPath(url: string, epoch: number): string {
  return `/${epoch}/${encodeURIComponent(url)}`
}

/** The URL and epoch a {@link loopbackPath} names. */
export function fromLoopbackPath(path: string): { readonly url: string; readonly epoch: number } {
  const [, epoch = '0', url = ''] = /^\/(\d+)\/(.*)$/.exec(path) ?? []
  return { url: decodeURIComponent(url), epoch: Number(epoch) }
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
