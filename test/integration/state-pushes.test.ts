import { openGeoDb } from '../../src/node/geo-db'
import type { AppState } from '../../src/shared/contract/app-state'
import { createTestServices } from '../support/app-harness'
import { startFakeServer, type FakeServer } from '../support/fake-server'
import { fakeSourceList } from '../support/fake-sources'
import { healthyRoutes } from '../support/healthy-routes'
import { loopbackFetch } from '../support/loopback-fetch'
import { usProfile } from '../support/profiles'
import { traceBody } from '../support/provider-bodies'

const JP = '45.76.1.2'
const geoDb = openGeoDb('resources/geo-whois-asn-country.mmdb')

describe('state pushes from the real services against fake sources on 127.0.0.1', () => {
  let server: FakeServer
  beforeEach(async () => {
    server = await startFakeServer()
    healthyRoutes(server)
  })
  afterEach(() => server.close())

  it('pushes an exit move once, with its notice in it: the judges run before the push', async () => {
    const { services, notices } = await createTestServices({
      fetch: loopbackFetch,
      sources: fakeSourceList(server),
      locate: geoDb.locate,
      systemLocale: 'en-US',
      paymentFiles: true,
    })
    await services.ipc.saveProfile(usProfile())
    services.start()
    await vi.waitFor(() => expect(services.state().monitor.observation).not.toBeNull(), {
      timeout: 5000,
    })
    await services.settled()
    const seen: AppState[] = []
    services.subscribe((s) => seen.push(s))
    // The answers come back over real sockets, some later than others.
    for (const path of ['/chatgpt', '/openai-api', '/cloudflare', '/cf-v4'])
      server.setRoute(path, { kind: 'body', body: traceBody(JP, 'JP'), delayMs: 30 })
    server.setRoute('/ipify', { kind: 'body', body: JP })
    await services.ipc.checkNow(undefined)
    await services.settled()
    await new Promise((resolve) => setTimeout(resolve, 200))

    const moved = seen.filter((s) => s.monitor.observation?.exits.merchant?.ip === JP)
    expect(moved).toHaveLength(1)
    expect(moved[0]?.notices.map((n) => n.title.en)).toEqual(['Exit country changed'])
    expect(notices).toHaveLength(1)
    // The move's push is the last one: the history written after it did not push again.
    expect(seen.at(-1)).toBe(moved[0])
    // Before it, at most the push saying a check is running, which still shows the old exit.
    expect(seen.slice(0, -1).every((s) => s.monitor.checking && s.notices.length === 0)).toBe(true)
  })
})
