import { openGeoDb } from '../../src/node/geo-db'
import { createTestServices } from '../support/app-harness'
import { startFakeServer, type FakeServer } from '../support/fake-server'
import { fakeSourceList } from '../support/fake-sources'
import { healthyRoutes, US } from '../support/healthy-routes'
import { loopbackFetch } from '../support/loopback-fetch'
import { usProfile } from '../support/profiles'
import { traceBody } from '../support/provider-bodies'

const CN6 = '240e:3b7:3272:d8d0:a9c4:1f2:95e:7b1'
const JP = '45.76.1.2'
const JP6 = '2001:19f0:7001:1::1'
const geoDb = openGeoDb('resources/geo-whois-asn-country.mmdb')

/** The real services on the fake sources, ticking every 2 s as in a payment session. */
async function running(server: FakeServer) {
  const harness = await createTestServices({
    fetch: loopbackFetch,
    sources: fakeSourceList(server),
    locate: geoDb.locate,
    systemLocale: 'zh-CN',
  })
  await harness.services.ipc.saveProfile(usProfile())
  harness.services.start()
  await vi.waitFor(() => expect(harness.services.state().monitor.observation).not.toBeNull(), {
    timeout: 5000,
  })
  harness.services.monitor.setCadenceOverride(2000)
  return harness
}
const ticks = (n: number) => new Promise((resolve) => setTimeout(resolve, n * 2000 + 500))

describe(
  'alerts from the real services against fake sources on 127.0.0.1',
  { timeout: 20_000 },
  () => {
    let server: FakeServer
    beforeEach(async () => {
      server = await startFakeServer()
      healthyRoutes(server)
    })
    afterEach(() => server.close())

    it('announces a VPN reconnect that moves the merchant, IPv4 and IPv6 routes as one notice', async () => {
      const { services, notices } = await running(server)
      expect(services.state().monitor.observation?.exits.ipv6?.ip).toBe(CN6)
      const heard: string[] = []
      services.onAlert((event) => heard.push(event.kind))
      for (const [path, host] of [
        ['/chatgpt', 'chatgpt.com'],
        ['/openai-api', 'api.openai.com'],
        ['/cloudflare', 'www.cloudflare.com'],
        ['/cf-v4', '1.1.1.1'],
      ] as const)
        server.setRoute(path, { kind: 'body', body: traceBody(JP, 'JP', host), delayMs: 50 })
      server.setRoute('/ipify', { kind: 'body', body: JP })
      server.setRoute('/cf-v6', {
        kind: 'body',
        body: traceBody(JP6, 'JP', '[2606:4700:4700::1111]'),
      })
      await vi.waitFor(() => expect(notices).toHaveLength(1), { timeout: 6000, interval: 50 })
      await ticks(1)
      expect(heard).toEqual(['exit-changed'])
      // One notice, as the system receives it (a kept record: id, time, delivered).
      expect(notices).toMatchObject([
        {
          title: { zh: '出口国家变了' },
          body: {
            zh: `美国 ${US} → 日本 ${JP}（商户线路、IPv4）；中国 ${CN6} → 日本 ${JP6}（IPv6）`,
          },
          page: 'status',
        },
      ])
      expect(services.state().verdict.findings.map((f) => f.id)).toContain('exit-changed-recently')
    })

    it('says nothing when the IPv6 route fails for a while and comes back unchanged', async () => {
      const { services, notices } = await running(server)
      const full = () => services.state().monitor.observation?.fullCheckAt
      const before = full()
      server.setRoute('/cf-v6', { kind: 'body', status: 503, body: 'upstream error' })
      await vi.waitFor(() => expect(full()).not.toBe(before), { timeout: 6000, interval: 50 })
      expect(services.state().monitor.observation?.exits.ipv6).toBeNull()
      await ticks(1)
      healthyRoutes(server)
      await ticks(1)
      expect(services.state().monitor.observation?.exits.ipv6?.ip).toBe(CN6)
      expect(notices).toEqual([])
    })
  },
)
