import { createCrossCheck } from '../../../src/shared/geo/cross-check'
import type { GeoProvider } from '../../../src/shared/geo/geo-providers'
import { tableFetch } from '../../support/fake-fetch'

const providers: GeoProvider[] = [
  { name: 'ipwho.is', url: 'https://geo-a.test/{ip}', parser: 'ipwhois', minIntervalMs: 1000 },
  { name: 'country.is', url: 'https://geo-b.test/{ip}', parser: 'country-is', minIntervalMs: 1000 },
]
const ip = '104.28.41.17'
const okA = JSON.stringify({ ip, success: true, country_code: 'US' })
const okB = JSON.stringify({ ip, country: 'US' })

describe('createCrossCheck', () => {
  it('asks once per IP and answers later calls from the cache', async () => {
    const fetch = tableFetch({ [`https://geo-a.test/${ip}`]: okA })
    let now = 0
    const check = createCrossCheck({ fetch, providers, now: () => now })
    await expect(check(ip)).resolves.toEqual({ ok: true, provider: 'ipwho.is', country: 'US' })
    now += 60 * 60 * 1000
    await check(ip)
    expect(fetch.calls).toHaveLength(1)
  })

  it('asks again after the cached answer expires (a day)', async () => {
    const fetch = tableFetch({ [`https://geo-a.test/${ip}`]: okA })
    let now = 0
    const check = createCrossCheck({ fetch, providers, now: () => now })
    await check(ip)
    now += 25 * 60 * 60 * 1000
    await check(ip)
    expect(fetch.calls).toHaveLength(2)
  })

  it('shares one request between concurrent asks for the same IP', async () => {
    const fetch = tableFetch({ [`https://geo-a.test/${ip}`]: okA })
    const check = createCrossCheck({ fetch, providers, now: () => 0 })
    await Promise.all([check(ip), check(ip), check(ip)])
    expect(fetch.calls).toHaveLength(1)
  })

  it('falls through to the next provider when one fails', async () => {
    const fetch = tableFetch({
      [`https://geo-a.test/${ip}`]: { status: 503, body: 'down' },
      [`https://geo-b.test/${ip}`]: okB,
    })
    const check = createCrossCheck({ fetch, providers, now: () => 0 })
    await expect(check(ip)).resolves.toEqual({ ok: true, provider: 'country.is', country: 'US' })
  })

  it('respects each provider’s spacing: a second new IP within the limit goes to the next provider', async () => {
    const other = '8.8.8.8'
    const fetch = tableFetch({
      [`https://geo-a.test/${ip}`]: okA,
      [`https://geo-b.test/${other}`]: JSON.stringify({ ip: other, country: 'US' }),
    })
    const check = createCrossCheck({ fetch, providers, now: () => 0 })
    await check(ip)
    await check(other)
    expect(fetch.calls).toEqual([`https://geo-a.test/${ip}`, `https://geo-b.test/${other}`])
  })

  it('cools a provider down for an hour after a 429', async () => {
    let now = 0
    const fetch = tableFetch({
      [`https://geo-a.test/${ip}`]: { status: 429, body: '' },
      [`https://geo-b.test/${ip}`]: okB,
    })
    const check = createCrossCheck({ fetch, providers, now: () => now, failureTtlMs: 0 })
    await check(ip)
    now += 10 * 60 * 1000
    await check('1.1.1.1')
    expect(fetch.calls.filter((u) => u.startsWith('https://geo-a.test'))).toHaveLength(1)
  })

  it('reports every provider’s failure when all fail, and caches the failure briefly', async () => {
    let now = 0
    const fetch = tableFetch({})
    const check = createCrossCheck({ fetch, providers, now: () => now })
    const result = await check(ip)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.detail).toMatch(/ipwho\.is: HTTP 404; country\.is: HTTP 404/)
    now += 60_000
    await check(ip)
    expect(fetch.calls).toHaveLength(2)
  })
})
