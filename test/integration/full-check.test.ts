import { runFullCheck, runProbe, type CheckDeps } from '../../src/shared/monitor/run-check'
import { createCrossCheck } from '../../src/shared/geo/cross-check'
import { openGeoDb } from '../../src/node/geo-db'
import { startFakeServer, type FakeServer } from '../support/fake-server'
import { fakeGeoProviders, fakeSourceList } from '../support/fake-sources'
import { loopbackFetch } from '../support/loopback-fetch'
import { traceBody } from '../support/provider-bodies'
import { healthyRoutes, US } from '../support/healthy-routes'

const CN6 = '240e:3b7:3272:d8d0:a9c4:1f2:95e:7b1'
const geoDb = openGeoDb('resources/geo-whois-asn-country.mmdb')

describe('a full check against fake services on 127.0.0.1', () => {
  let server: FakeServer
  let deps: CheckDeps

  beforeEach(async () => {
    server = await startFakeServer()
    healthyRoutes(server)
    server.setRoute('/ipify6', { kind: 'body', body: CN6 })
    deps = {
      fetch: loopbackFetch,
      sources: fakeSourceList(server),
      locate: geoDb.locate,
      crossCheck: createCrossCheck({ fetch: loopbackFetch, providers: fakeGeoProviders(server) }),
      now: Date.now,
      timeoutMs: 3000,
    }
  })
  afterEach(() => server.close())

  it('observes the merchant, IPv4 and IPv6 exits with agreeing witnesses', async () => {
    const o = await runFullCheck(deps)
    expect(o.exits.merchant).toMatchObject({ ip: US, country: 'US', agreement: 'agree' })
    expect(o.exits.ipv4).toMatchObject({ ip: US, country: 'US' })
    expect(o.exits.ipv6).toMatchObject({ ip: CN6, country: 'CN', agreement: 'agree' })
    expect(o.exits.merchant?.witnesses.map((w) => `${w.by}=${w.country}`)).toEqual([
      'chatgpt=US',
      'openai-api=US',
      'local-db=US',
      'ipwho.is=US',
    ])
    expect(o.sightings.every((s) => s.failure === null)).toBe(true)
  })

  it('asks the online service once per exit IP, not once per source', async () => {
    await runFullCheck(deps)
    expect(server.requests.filter((p) => p.startsWith('/geo/'))).toHaveLength(2)
    server.resetCounters()
    await runFullCheck(deps)
    expect(server.requests.filter((p) => p.startsWith('/geo/'))).toHaveLength(0)
  })

  it('keeps every failure with its reason: slow, 429, 5xx, HTML, truncated, garbage, private IP', async () => {
    server.setRoute('/openai-api', { kind: 'hang' })
    server.setRoute('/cloudflare', { kind: 'body', status: 429, body: 'Too Many Requests' })
    server.setRoute('/cf-v4', {
      kind: 'body',
      status: 503,
      body: '<html>Service Unavailable</html>',
    })
    server.setRoute('/cf-v6', {
      kind: 'body',
      body: '<!DOCTYPE html><title>Just a moment...</title>',
      contentType: 'text/html',
    })
    server.setRoute('/ipify', { kind: 'truncate', body: '104.28' })
    server.setRoute('/ipify6', { kind: 'body', body: '\u0000\u0001garbage\u00ff' })
    const o = await runFullCheck(deps)
    const failure = (name: string) => o.sightings.find((s) => s.source === name)?.failure?.code
    expect(failure('openai-api')).toBe('timeout')
    expect(failure('cloudflare')).toBe('rate-limited')
    expect(failure('cf-v4')).toBe('http-error')
    expect(failure('cf-v6')).toBe('garbage')
    expect(failure('ipify')).toBe('broken')
    expect(failure('ipify6')).toBe('not-an-ip')
    expect(o.exits.merchant).toMatchObject({ ip: US, seenBy: ['chatgpt'] })
    expect(o.exits.ipv4).toBeNull()
    expect(o.exits.ipv6).toBeNull()
  })

  it('refuses a source that reports a private address as the exit', async () => {
    server.setRoute('/chatgpt', { kind: 'body', body: traceBody('192.168.1.10', 'US') })
    const o = await runFullCheck(deps)
    expect(o.sightings.find((s) => s.source === 'chatgpt')?.failure?.code).toBe('not-public')
    expect(o.exits.merchant).toMatchObject({ seenBy: ['openai-api'] })
  })

  it('records conflicting countries without inventing one', async () => {
    server.setRoute('/chatgpt', { kind: 'body', body: traceBody(US, 'JP') })
    server.setRoute('/openai-api', { kind: 'body', body: traceBody(US, 'XX') })
    const o = await runFullCheck(deps)
    expect(o.exits.merchant?.agreement).toBe('disagree')
    expect(o.exits.merchant?.witnesses).toContainEqual({
      by: 'chatgpt',
      kind: 'edge',
      country: 'JP',
    })
    expect(o.exits.merchant?.witnesses).toContainEqual({
      by: 'openai-api',
      kind: 'edge',
      country: null,
    })
  })

  it('sees split routing when the merchant host goes through another exit', async () => {
    server.setRoute('/chatgpt', { kind: 'body', body: traceBody('8.8.8.8', 'US') })
    server.setRoute('/openai-api', { kind: 'body', body: traceBody('8.8.8.8', 'US') })
    const o = await runFullCheck(deps)
    expect(o.split).toMatchObject({
      merchantIp: '8.8.8.8',
      genericIp: US,
      ipDiffers: true,
      countryDiffers: false,
    })
  })

  it('observes nothing when every source is down, and says why for each', async () => {
    for (const s of deps.sources) server.setRoute(`/${s.name}`, { kind: 'reset' })
    const o = await runFullCheck(deps)
    expect(o.exits).toEqual({ merchant: null, ipv4: null, ipv6: null })
    expect(o.sightings.map((s) => s.failure?.code)).toEqual(Array(7).fill('network'))
  })

  it('a steady-state probe asks one trace per route and confirms an unchanged exit', async () => {
    const first = await runFullCheck(deps)
    server.resetCounters()
    const probe = await runProbe(deps, first)
    expect([...server.requests].sort()).toEqual(['/cf-v4', '/cf-v6', '/chatgpt'])
    expect(probe.kind).toBe('unchanged')
  })

  it('a probe that sees another IP or country asks for a full check', async () => {
    const first = await runFullCheck(deps)
    server.setRoute('/chatgpt', { kind: 'body', body: traceBody('8.8.8.8', 'US') })
    expect((await runProbe(deps, first)).kind).toBe('changed')
    server.setRoute('/chatgpt', { kind: 'body', body: traceBody(US, 'CA') })
    expect((await runProbe(deps, first)).kind).toBe('changed')
    server.setRoute('/chatgpt', { kind: 'body', status: 500, body: '' })
    expect((await runProbe(deps, first)).kind).toBe('failed')
  })

  it('a merchant edge that keeps failing the same way does not force a full check every tick', async () => {
    server.setRoute('/chatgpt', { kind: 'body', status: 403, body: '<html>blocked</html>' })
    const first = await runFullCheck(deps)
    expect(first.exits.merchant?.seenBy).toEqual(['openai-api'])
    server.resetCounters()
    expect((await runProbe(deps, first)).kind).toBe('unchanged')
    expect(server.requests.filter((p) => p.startsWith('/chatgpt'))).toEqual(['/chatgpt'])
    server.setRoute('/chatgpt', { kind: 'reset' })
    expect((await runProbe(deps, first)).kind).toBe('failed')
  })
})
