import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fetchText, type FetchFn } from '../../../src/shared/net/fetch-text'
import { loopbackFetch } from '../../support/loopback-fetch'

const limits = { timeoutMs: 50, maxBytes: 64 }

function respond(body: ConstructorParameters<typeof Response>[0], status = 200): FetchFn {
  return async () => new Response(body, { status })
}

describe('fetchText', () => {
  it('returns the body of a 200', async () => {
    await expect(fetchText(respond('ip=1.1.1.1'), 'https://x.test', limits)).resolves.toMatchObject(
      { ok: true, status: 200, body: 'ip=1.1.1.1' },
    )
  })

  it('codes 429 as rate-limited', async () => {
    await expect(
      fetchText(respond('slow down', 429), 'https://x.test', limits),
    ).resolves.toMatchObject({ ok: false, code: 'rate-limited', status: 429 })
  })

  it.each([500, 502, 403, 404])('codes HTTP %i as an HTTP error', async (status) => {
    await expect(
      fetchText(respond('<html>error</html>', status), 'https://x.test', limits),
    ).resolves.toMatchObject({ ok: false, code: 'http-error', status })
  })

  it('stops reading past the byte cap', async () => {
    await expect(
      fetchText(respond('x'.repeat(65)), 'https://x.test', limits),
    ).resolves.toMatchObject({ ok: false, code: 'too-large' })
    await expect(
      fetchText(respond('x'.repeat(64)), 'https://x.test', limits),
    ).resolves.toMatchObject({ ok: true })
  })

  it('times out a server that never answers, and aborts the request', async () => {
    let aborted = false
    const hang: FetchFn = (_url, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          aborted = true
          reject(new DOMException('aborted', 'AbortError'))
        })
      })
    await expect(fetchText(hang, 'https://x.test', limits)).resolves.toMatchObject({
      ok: false,
      code: 'timeout',
    })
    expect(aborted).toBe(true)
  })

  it('times out a body that trickles forever', async () => {
    const trickle: FetchFn = async (_url, init) => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('ip='))
          init?.signal?.addEventListener('abort', () =>
            controller.error(new DOMException('aborted', 'AbortError')),
          )
        },
      })
      return new Response(stream)
    }
    // The answer had begun: the connection was made, so this is a broken answer, not "no route".
    await expect(fetchText(trickle, 'https://x.test', limits)).resolves.toMatchObject({
      ok: false,
      code: 'broken',
      detail: expect.stringContaining('stalled'),
    })
  })

  it('turns a thrown network error into a coded failure with its cause', async () => {
    const refuse: FetchFn = async () => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
      })
    }
    await expect(fetchText(refuse, 'https://x.test', limits)).resolves.toMatchObject({
      ok: false,
      code: 'network',
      detail: 'fetch failed: connect: ECONNREFUSED',
    })
  })

  it.each([
    ['ENETUNREACH', 'connect ENETUNREACH 2606:4700:4700::1111:443'],
    ['EHOSTUNREACH', 'connect EHOSTUNREACH'],
    ['EADDRNOTAVAIL', 'connect EADDRNOTAVAIL'],
    ['ENOTFOUND', 'getaddrinfo ENOTFOUND api6.ipify.org'],
    ['EAI_NODATA', 'getaddrinfo EAI_NODATA'],
  ])(
    'calls %s (no route, no address) unreachable: no connection could be tried',
    async (code, message) => {
      const fail: FetchFn = () =>
        Promise.reject(
          new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) }),
        )
      await expect(fetchText(fail, 'https://x.test', limits)).resolves.toMatchObject({
        ok: false,
        code: 'unreachable',
        detail: expect.stringContaining(code),
      })
    },
  )

  it.each([
    'net::ERR_NAME_NOT_RESOLVED',
    'net::ERR_ADDRESS_UNREACHABLE',
    'net::ERR_INTERNET_DISCONNECTED',
  ])('calls Chromium’s %s unreachable', async (message) => {
    const fail: FetchFn = () => Promise.reject(new Error(message))
    await expect(fetchText(fail, 'https://x.test', limits)).resolves.toMatchObject({
      code: 'unreachable',
    })
  })

  it.each([
    ['a TLS failure', 'net::ERR_CERT_AUTHORITY_INVALID'],
    ['a reset', 'net::ERR_CONNECTION_RESET'],
    ['a refusal', 'net::ERR_CONNECTION_REFUSED'],
  ])('calls %s a failed connection, not a missing route', async (_name, message) => {
    const fail: FetchFn = () => Promise.reject(new Error(message))
    await expect(fetchText(fail, 'https://x.test', limits)).resolves.toMatchObject({
      code: 'network',
    })
  })

  it('calls a body that breaks off after the answer began broken', async () => {
    const cut: FetchFn = async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('ip=2606:'))
            controller.error(new TypeError('terminated', { cause: { code: 'UND_ERR_SOCKET' } }))
          },
        }),
      )
    await expect(fetchText(cut, 'https://x.test', limits)).resolves.toMatchObject({
      code: 'broken',
    })
  })

  it('never follows a redirect: fetch is asked for manual redirects', async () => {
    let seen: RequestInit | undefined
    const spy: FetchFn = async (_url, init) => {
      seen = init
      return new Response('ok')
    }
    await fetchText(spy, 'https://x.test', limits)
    expect(seen?.redirect).toBe('manual')
    expect(seen?.method).toBe('GET')
  })

  it.each([301, 302, 303, 307, 308])(
    'codes HTTP %i as a redirect with its target',
    async (status) => {
      const fetch: FetchFn = async () =>
        new Response(null, { status, headers: { location: 'https://elsewhere.test/' } })
      await expect(fetchText(fetch, 'https://x.test', limits)).resolves.toMatchObject({
        ok: false,
        code: 'redirect',
        status,
        detail: `HTTP ${status} redirect to https://elsewhere.test/`,
      })
    },
  )

  it('codes an opaque redirect (a fetch that hides the status) as a redirect', async () => {
    const opaque = Object.defineProperty(new Response(null, { status: 200 }), 'type', {
      value: 'opaqueredirect',
    })
    await expect(fetchText(async () => opaque, 'https://x.test', limits)).resolves.toMatchObject({
      ok: false,
      code: 'redirect',
    })
  })

  it('passes a 429’s Retry-After on to the caller', async () => {
    const fetch: FetchFn = async () =>
      new Response('', { status: 429, headers: { 'retry-after': '120' } })
    await expect(fetchText(fetch, 'https://x.test', limits)).resolves.toMatchObject({
      ok: false,
      code: 'rate-limited',
      retryAfter: '120',
    })
  })

  it('reports a real server’s redirect as a redirect, not a network failure', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere' }).end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as AddressInfo
      const outcome = await fetchText(loopbackFetch, `http://127.0.0.1:${port}/`, {
        timeoutMs: 5000,
        maxBytes: 64,
      })
      expect(outcome).toMatchObject({ ok: false, code: 'redirect', status: 302 })
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
