import { createCrossCheck } from '../../../src/shared/geo/cross-check'
import type { GeoProvider } from '../../../src/shared/geo/geo-providers'
import type { FetchFn } from '../../../src/shared/net/fetch-text'
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
    await expect(check(ip)).resolves.toMatchObject({
      ok: true,
      provider: 'ipwho.is',
      country: 'US',
    })
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
    await expect(check(ip)).resolves.toMatchObject({
      ok: true,
      provider: 'country.is',
      country: 'US',
      attempts: [
        { provider: 'ipwho.is', outcome: 'http-error', detail: 'HTTP 503' },
        { provider: 'country.is', outcome: 'answered' },
      ],
    })
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

  it('records a 429 and honours its Retry-After (seconds): benched until then, asked again after', async () => {
    let now = 0
    let limited = true
    const calls: string[] = []
    const fetch: FetchFn = async (url) => {
      calls.push(url)
      if (url.startsWith('https://geo-a.test') && limited)
        return new Response('', { status: 429, headers: { 'retry-after': '120' } })
      const asked = decodeURIComponent(url.split('/').pop() ?? '')
      return new Response(
        JSON.stringify({ ip: asked, success: true, country: 'US', country_code: 'US' }),
      )
    }
    const check = createCrossCheck({ fetch, providers, now: () => now })
    const first = await check(ip)
    expect(first).toMatchObject({
      ok: true,
      provider: 'country.is',
      attempts: [
        { provider: 'ipwho.is', outcome: 'rate-limited', retryAt: new Date(120_000).toISOString() },
        { provider: 'country.is', outcome: 'answered' },
      ],
    })
    now = 60_000
    limited = false
    const second = await check('1.1.1.1')
    expect(second.attempts[0]).toEqual({
      provider: 'ipwho.is',
      outcome: 'benched',
      detail: `until ${new Date(120_000).toISOString()}`,
      retryAt: new Date(120_000).toISOString(),
    })
    now = 121_000
    await expect(check('9.9.9.9')).resolves.toMatchObject({ ok: true, provider: 'ipwho.is' })
    expect(calls.filter((u) => u.startsWith('https://geo-a.test'))).toHaveLength(2)
  })

  it('benches a provider whose body says it is rate-limited for an hour', async () => {
    let now = 0
    const ipapi: GeoProvider[] = [
      { name: 'ipapi.co', url: 'https://geo-c.test/{ip}', parser: 'ipapi', minIntervalMs: 0 },
    ]
    const fetch = tableFetch({
      [`https://geo-c.test/${ip}`]: JSON.stringify({ error: true, reason: 'RateLimited' }),
    })
    const check = createCrossCheck({ fetch, providers: ipapi, now: () => now })
    await expect(check(ip)).resolves.toMatchObject({
      ok: false,
      attempts: [{ outcome: 'rate-limited', retryAt: new Date(3_600_000).toISOString() }],
    })
    now = 3_599_000
    await expect(check('8.8.4.4')).resolves.toMatchObject({
      attempts: [{ outcome: 'benched' }],
    })
  })

  it('gives the whole check one deadline: a provider that used it up leaves none for the next', async () => {
    let now = 0
    const fetch: FetchFn = async (url) => {
      if (url.startsWith('https://geo-a.test')) {
        now += 1_950
        throw new Error('fetch failed', {
          cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }),
        })
      }
      return new Response(okB)
    }
    const check = createCrossCheck({ fetch, providers, now: () => now })
    await expect(check(ip, { deadline: 2_000 })).resolves.toMatchObject({
      ok: false,
      attempts: [
        { provider: 'ipwho.is', outcome: 'network' },
        { provider: 'country.is', outcome: 'no-time' },
      ],
    })
  })

  it('takes its deadline from its time budget when the caller gives none; too little means no ask', async () => {
    const now = 0
    const fetch = tableFetch({ [`https://geo-b.test/${ip}`]: okB })
    const check = createCrossCheck({ fetch, providers, now: () => now, timeoutMs: 1000 })
    const hung: FetchFn = (_url, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      )
    const slow = createCrossCheck({ fetch: hung, providers, now: () => now, timeoutMs: 300 })
    await expect(slow(ip)).resolves.toMatchObject({
      ok: false,
      attempts: [
        { provider: 'ipwho.is', outcome: 'timeout' },
        { provider: 'country.is', outcome: 'timeout' },
      ],
    })
    await expect(check(ip)).resolves.toMatchObject({ ok: true, provider: 'country.is' })
    const starved = createCrossCheck({ fetch, providers, now: () => now, timeoutMs: 50 })
    await expect(starved('8.8.8.8')).resolves.toMatchObject({
      ok: false,
      attempts: [{ outcome: 'no-time' }, { outcome: 'no-time' }],
    })
  })

  it('records a redirect as its own reason', async () => {
    const fetch: FetchFn = async (url) =>
      url.startsWith('https://geo-a.test')
        ? new Response(null, { status: 302, headers: { location: 'https://login.test/' } })
        : new Response(okB)
    const check = createCrossCheck({ fetch, providers, now: () => 0 })
    await expect(check(ip)).resolves.toMatchObject({
      ok: true,
      attempts: [{ provider: 'ipwho.is', outcome: 'redirect' }, { outcome: 'answered' }],
    })
  })
})
