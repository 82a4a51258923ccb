import { createServer, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { Agent, fetch as undiciFetch } from 'undici'
import {
  boundedResolveProxy,
  CHECKS_PARTITION,
  freshConnectionFetch,
  PROXY_LOOKUP_TIMEOUT_MS,
  setupChecksSession,
  CHECKS_USER_AGENT,
} from '../../../../src/main/setup/setup-net-session'
import { UNREAD_BODY_HOLD_MS } from '../../../../src/main/setup/body-settled'
import type { FetchFn } from '../../../../src/shared/net/fetch-text'
import type { SourceSpec } from '../../../../src/shared/net/sources'
import { observeSource, runFullCheck } from '../../../../src/shared/monitor/run-check'
import { realTimers } from '../../../../src/shared/monitor/timers'
import { createFakeElectron } from '../../../support/fake-electron/fake-electron-core.mjs'

const EXIT_A = { ip: '104.28.41.17', loc: 'US' }
const EXIT_B = { ip: '133.242.0.1', loc: 'JP' }

/**
 * A merchant edge behind a local proxy client: each connection keeps the upstream node it was
 * opened on, so after a "switch" only new connections leave through the new exit.
 */
async function startSwitchingEdge() {
  let exit = EXIT_A
  const exitOf = new WeakMap<Socket, typeof EXIT_A>()
  const server: Server = createServer((req, res) => {
    const seen = exitOf.get(req.socket) ?? EXIT_A
    res.writeHead(200, { 'content-type': 'text/plain', connection: 'keep-alive' })
    res.end(`fl=1\nh=chatgpt.com\nip=${seen.ip}\nts=1\nloc=${seen.loc}\n`)
  })
  server.on('connection', (socket) => exitOf.set(socket, exit))
  server.keepAliveTimeout = 60_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  onTestFinished(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })
  return {
    url: `http://127.0.0.1:${port}/cdn-cgi/trace`,
    switchNode: () => (exit = EXIT_B),
    connections: () =>
      new Promise<number>((resolve, reject) =>
        server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
      ),
  }
}

/** Node's fetch over a keep-alive pool: the stand-in for Chromium's pooled net.fetch. */
function keepAliveSession() {
  let agent = new Agent({ keepAliveTimeout: 60_000, connections: 4 })
  const session = {
    fetch: ((url: string, init?: RequestInit) =>
      undiciFetch(url, { ...(init as object), dispatcher: agent })) as unknown as FetchFn,
    // Really closes the pooled sockets, as Session.closeAllConnections does.
    closeAllConnections: async () => {
      const old = agent
      agent = new Agent({ keepAliveTimeout: 60_000, connections: 4 })
      await old.destroy()
    },
  }
  onTestFinished(() => agent.destroy())
  return session
}

/** Probes are a tick apart; the pool has taken the socket back by then. */
const nextTick = () => new Promise((resolve) => setTimeout(resolve, 20))

const probeOf = (url: string): SourceSpec => ({
  name: 'chatgpt',
  url,
  kind: 'merchant',
  family: 'any',
  parser: 'cf-trace',
  probe: true,
})

const deps = (fetch: FetchFn) => ({
  fetch,
  sources: [],
  locate: () => null,
  crossCheck: null,
  now: Date.now,
  timeoutMs: 5000,
})

describe('checks that see a switched node', () => {
  it('a pooled connection keeps reporting the old exit after the proxy switched its node', async () => {
    const edge = await startSwitchingEdge()
    const session = keepAliveSession()
    const probe = probeOf(edge.url)
    expect((await observeSource(deps(session.fetch), probe)).ip).toBe(EXIT_A.ip)
    edge.switchNode()
    await nextTick()
    // The bug this module exists for: the kept tunnel still leaves through node A.
    expect((await observeSource(deps(session.fetch), probe)).ip).toBe(EXIT_A.ip)
  })

  it('with a fresh connection per probe, the probe after the switch reports the new exit', async () => {
    const edge = await startSwitchingEdge()
    const session = keepAliveSession()
    const fetch = freshConnectionFetch(session)
    const probe = probeOf(edge.url)
    const before = await observeSource(deps(fetch), probe)
    expect([before.ip, before.rawCountry]).toEqual([EXIT_A.ip, 'US'])
    edge.switchNode()
    await nextTick()
    const after = await observeSource(deps(fetch), probe)
    expect([after.ip, after.rawCountry]).toEqual([EXIT_B.ip, 'JP'])
  })

  it('closes pooled connections once per batch, never under a request in flight', async () => {
    const edge = await startSwitchingEdge()
    const session = keepAliveSession()
    const close = vi.spyOn(session, 'closeAllConnections')
    const fetch = freshConnectionFetch(session)
    const probe = probeOf(edge.url)
    const batch = await Promise.all([1, 2, 3].map(() => observeSource(deps(fetch), probe)))
    expect(batch.map((s) => s.failure)).toEqual([null, null, null])
    expect(close).toHaveBeenCalledTimes(1)
    await observeSource(deps(fetch), probe)
    expect(close).toHaveBeenCalledTimes(2)
  })
})

describe('the proxy look-up', () => {
  it('gives up on a PAC/WPAD look-up that never answers, and the check records it as unknown', async () => {
    vi.useFakeTimers()
    onTestFinished(() => {
      vi.useRealTimers()
    })
    const never = () => new Promise<string>(() => undefined)
    const resolveProxy = boundedResolveProxy(never, realTimers)
    const check = runFullCheck({ ...deps(async () => new Response('')), resolveProxy })
    await vi.advanceTimersByTimeAsync(PROXY_LOOKUP_TIMEOUT_MS)
    const observation = await check
    expect(observation.proxy?.length).toBeGreaterThan(0)
    expect(observation.proxy?.every((route) => route.rule === 'unknown')).toBe(true)
  })

  it('passes an answer through and clears its timer', async () => {
    const timers = { setTimeout: vi.fn(realTimers.setTimeout), clearTimeout: vi.fn() }
    const resolveProxy = boundedResolveProxy(async () => 'PROXY 127.0.0.1:7890', timers)
    await expect(resolveProxy('https://chatgpt.com/')).resolves.toBe('PROXY 127.0.0.1:7890')
    expect(timers.clearTimeout).toHaveBeenCalledTimes(1)
  })
})

describe('setupChecksSession', () => {
  it('uses its own cache-less partition with every permission denied, only after ready', async () => {
    const seen: { url: string; credentials: unknown }[] = []
    const { electron, control } = createFakeElectron({
      fetch: async (url, init) => {
        seen.push({ url, credentials: init?.credentials })
        return new Response('ip=1.1.1.1')
      },
      resolveProxy: async () => 'DIRECT',
    })
    const fromPartition = (p: string, o: { cache: boolean }) =>
      electron.session.fromPartition(p, o) as never
    expect(() => setupChecksSession({ fromPartition, timers: realTimers })).toThrow(
      /before app is ready/,
    )
    await electron.app.whenReady()
    const checks = setupChecksSession({ fromPartition, timers: realTimers })
    const session = control.record.sessions.find((s) => s.partition === CHECKS_PARTITION)
    expect(session?.options).toEqual({ cache: false })
    // A short user agent and no Accept-Language: bytes on every request the answers do not need.
    expect(session?.userAgent).toBe(CHECKS_USER_AGENT)
    expect(session?.acceptLanguages).toBe('')
    expect(session?.permissionCheckHandler?.()).toBe(false)
    const granted = vi.fn()
    session?.permissionRequestHandler?.(null, 'geolocation', granted)
    expect(granted).toHaveBeenCalledWith(false)
    await (await checks.fetch('https://chatgpt.com/cdn-cgi/trace')).text()
    expect(seen).toEqual([{ url: 'https://chatgpt.com/cdn-cgi/trace', credentials: 'omit' }])
    expect(session?.closeAllConnectionsCalls).toBe(1)
    await expect(checks.resolveProxy('https://chatgpt.com/')).resolves.toBe('DIRECT')
  })
})

/** An answer whose body arrives in two parts; the second waits until the test lets it go. */
function slowAnswer() {
  let release: () => void = () => undefined
  const gate = new Promise<void>((resolve) => (release = resolve))
  const body = new ReadableStream<Uint8Array>({
    start: async (controller) => {
      controller.enqueue(new TextEncoder().encode('fl=1\nip=104.28.41.17\n'))
      await gate
      controller.enqueue(new TextEncoder().encode('loc=US\n'))
      controller.close()
    },
  })
  return { response: new Response(body), release }
}

describe('fresh connections and bodies still streaming (on the fake session, as Chromium does it)', () => {
  async function session(answers: (() => Response)[]) {
    const { electron, control } = createFakeElectron({
      fetch: async () => (answers.shift() ?? (() => new Response('ip=1.1.1.1')))(),
    })
    await electron.app.whenReady()
    const ses = electron.session.fromPartition(CHECKS_PARTITION, { cache: false })
    return { ses, fetch: freshConnectionFetch(ses as never), control }
  }

  it('the fake fails a body in flight when all connections close, as Electron documents', async () => {
    const slow = slowAnswer()
    const { ses } = await session([() => slow.response])
    const response = await ses.fetch('https://chatgpt.com/cdn-cgi/trace')
    expect(ses.inFlight.size).toBe(1)
    await ses.closeAllConnections()
    slow.release()
    await expect(response.text()).rejects.toThrow('net::ERR_ABORTED')
  })

  it('a request that has its headers but not its body is still in flight: the next one does not close under it', async () => {
    const slow = slowAnswer()
    const { ses, fetch } = await session([() => slow.response])
    const first = await fetch('https://chatgpt.com/cdn-cgi/trace')
    expect(ses.closeAllConnectionsCalls).toBe(1)
    // The next probe starts while the first body is still streaming.
    const second = fetch('https://1.1.1.1/cdn-cgi/trace')
    slow.release()
    await expect(first.text()).resolves.toBe('fl=1\nip=104.28.41.17\nloc=US\n')
    await (await second).text()
    expect(ses.closeAllConnectionsCalls).toBe(1)
    // Both bodies read: the batch is over, the next request opens fresh connections.
    await (await fetch('https://chatgpt.com/cdn-cgi/trace')).text()
    expect(ses.closeAllConnectionsCalls).toBe(2)
  })

  it('a cancelled body (an error status) ends the request too', async () => {
    const { ses, fetch } = await session([() => new Response('busy', { status: 503 })])
    const answer = await fetch('https://chatgpt.com/cdn-cgi/trace')
    expect(answer.status).toBe(503)
    await answer.body?.cancel()
    await (await fetch('https://chatgpt.com/cdn-cgi/trace')).text()
    expect(ses.closeAllConnectionsCalls).toBe(2)
  })

  it('a body nobody reads holds fresh connections back only for a bounded time', async () => {
    const { ses, fetch } = await session([])
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    onTestFinished(() => {
      vi.useRealTimers()
    })
    await fetch('https://chatgpt.com/cdn-cgi/trace')
    await (await fetch('https://1.1.1.1/cdn-cgi/trace')).text()
    expect(ses.closeAllConnectionsCalls).toBe(1)
    await vi.advanceTimersByTimeAsync(UNREAD_BODY_HOLD_MS)
    await (await fetch('https://chatgpt.com/cdn-cgi/trace')).text()
    expect(ses.closeAllConnectionsCalls).toBe(2)
  })

  it('keeps what the checks read besides the body: status, headers, url and type', async () => {
    const { fetch } = await session([
      () => {
        const r = new Response('x', { status: 200, headers: { 'x-a': '1' } })
        Object.defineProperty(r, 'url', { value: 'https://chatgpt.com/cdn-cgi/trace' })
        return r
      },
    ])
    const answer = await fetch('https://chatgpt.com/cdn-cgi/trace')
    expect([answer.status, answer.headers.get('x-a'), answer.url, answer.type]).toEqual([
      200,
      '1',
      'https://chatgpt.com/cdn-cgi/trace',
      'default',
    ])
    await answer.text()
  })
})
