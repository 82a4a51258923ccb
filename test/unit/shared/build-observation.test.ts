import type { CountryCode } from '../../../src/shared/country'
import { buildObservation, consensus } from '../../../src/shared/monitor/build-observation'
import { parseObservation } from '../../../src/shared/monitor/observation-schema'
import type { Sighting } from '../../../src/shared/monitor/observation'
import { limitedThenAnswered } from '../../support/geo-attempts'
import { sighting } from '../../support/sightings'

const at = new Date('2026-11-25T10:00:00Z')
const dbOf = (table: Record<string, string>) => (ip: string) =>
  (table[ip] ?? null) as CountryCode | null

describe('buildObservation', () => {
  const healthy: Sighting[] = [
    sighting('chatgpt', 'merchant', '104.28.41.17', 'US'),
    sighting('openai-api', 'merchant', '104.28.41.17', 'US'),
    sighting('cloudflare', 'trace', '104.28.41.17', 'US'),
    sighting('cf-v4', 'trace', '104.28.41.17', 'US', 'v4'),
    sighting('ipify', 'echo', '104.28.41.17', null, 'v4'),
    sighting('cf-v6', 'trace', null, null, 'v6'),
  ]

  it('builds the merchant, IPv4 and IPv6 exits with their witnesses', () => {
    const o = buildObservation(
      healthy,
      { locate: dbOf({ '104.28.41.17': 'US' }), online: new Map() },
      null,
      at,
    )
    expect(o.exits.merchant).toMatchObject({
      ip: '104.28.41.17',
      family: 4,
      country: 'US',
      agreement: 'agree',
      seenBy: ['chatgpt', 'openai-api'],
    })
    expect(o.exits.merchant?.witnesses.map((w) => w.by)).toEqual([
      'chatgpt',
      'openai-api',
      'local-db',
    ])
    expect(o.exits.ipv4).toMatchObject({
      ip: '104.28.41.17',
      seenBy: ['cloudflare', 'cf-v4', 'ipify'],
    })
    expect(o.exits.ipv6).toBeNull()
    expect(o.ipv6Present).toBe(false)
    expect(o.split).toEqual({
      merchantIp: '104.28.41.17',
      genericIp: '104.28.41.17',
      ipDiffers: false,
      countryDiffers: false,
    })
    expect(o.checkedAt).toBe(at.toISOString())
  })

  it('records an IPv6 exit that leaves in another country', () => {
    const list = [...healthy.slice(0, 5), sighting('cf-v6', 'trace', '240e:3b7::1', 'CN', 'v6')]
    const o = buildObservation(
      list,
      { locate: dbOf({ '240e:3b7::1': 'CN' }), online: new Map() },
      null,
      at,
    )
    expect(o.exits.ipv6).toMatchObject({ ip: '240e:3b7::1', family: 6, country: 'CN' })
    expect(o.ipv6Present).toBe(true)
  })

  it('flags split routing when the merchant route exits elsewhere than the generic route', () => {
    const list = [
      sighting('chatgpt', 'merchant', '104.28.41.17', 'US'),
      sighting('cloudflare', 'trace', '1.2.4.8', 'CN'),
      sighting('cf-v4', 'trace', '1.2.4.8', 'CN', 'v4'),
    ]
    const o = buildObservation(list, { locate: () => null, online: new Map() }, null, at)
    expect(o.split).toEqual({
      merchantIp: '104.28.41.17',
      genericIp: '1.2.4.8',
      ipDiffers: true,
      countryDiffers: true,
    })
  })

  it('keeps other IPs seen on the same route instead of hiding them', () => {
    const list = [
      sighting('cloudflare', 'trace', '5.5.5.5', 'DE'),
      sighting('cf-v4', 'trace', '6.6.6.6', 'DE', 'v4'),
      sighting('ipify', 'echo', '6.6.6.6', null, 'v4'),
    ]
    const o = buildObservation(list, { locate: () => null, online: new Map() }, null, at)
    expect(o.exits.ipv4).toMatchObject({
      ip: '6.6.6.6',
      otherIps: [{ ip: '5.5.5.5', seenBy: ['cloudflare'] }],
    })
  })

  it('adds the online cross-check as a witness, and its failure as an unknown one', () => {
    const list = [
      sighting('chatgpt', 'merchant', '104.28.41.17', 'US'),
      sighting('cf-v4', 'trace', '8.8.8.8', 'US', 'v4'),
    ]
    const online = new Map([
      [
        '104.28.41.17',
        {
          ok: true as const,
          provider: 'ipwho.is',
          country: 'US' as CountryCode,
          attempts: [],
        },
      ],
      [
        '8.8.8.8',
        { ok: false as const, provider: null, detail: 'ipwho.is: HTTP 429', attempts: [] },
      ],
    ])
    const o = buildObservation(list, { locate: () => null, online }, null, at)
    expect(o.exits.merchant?.witnesses).toContainEqual({
      by: 'ipwho.is',
      kind: 'online',
      country: 'US',
    })
    expect(o.exits.ipv4?.witnesses).toContainEqual({
      by: 'online',
      kind: 'online',
      country: null,
      detail: 'ipwho.is: HTTP 429',
    })
  })

  it('has no exits when every source failed', () => {
    const list = [
      sighting('chatgpt', 'merchant', null, null),
      sighting('cf-v4', 'trace', null, null, 'v4'),
    ]
    const o = buildObservation(list, { locate: () => null, online: new Map() }, null, at)
    expect(o.exits).toEqual({ merchant: null, ipv4: null, ipv6: null })
    expect(o.split).toBeNull()
  })
})

describe('consensus', () => {
  const w = (by: string, kind: 'edge' | 'local-db' | 'online', country: string | null) => ({
    by,
    kind,
    country: country as CountryCode | null,
  })

  it('is "none" when nobody knows', () => {
    expect(consensus([w('local-db', 'local-db', null)])).toEqual({
      country: null,
      agreement: 'none',
    })
  })

  it('is "single" with one opinion', () => {
    expect(consensus([w('local-db', 'local-db', 'US'), w('x', 'online', null)])).toEqual({
      country: 'US',
      agreement: 'single',
    })
  })

  it('takes the majority and records the disagreement', () => {
    expect(
      consensus([
        w('chatgpt', 'edge', 'US'),
        w('local-db', 'local-db', 'HK'),
        w('ipwho.is', 'online', 'US'),
      ]),
    ).toEqual({ country: 'US', agreement: 'disagree' })
  })

  it('breaks a tie in favour of the merchant edge', () => {
    expect(consensus([w('local-db', 'local-db', 'HK'), w('chatgpt', 'edge', 'US')])).toEqual({
      country: 'US',
      agreement: 'disagree',
    })
  })
})

describe('online look-up attempts in the observation', () => {
  it('keeps a 429 that came before an answer, with its retry time, and reads it back', () => {
    const online = new Map([
      [
        '203.0.113.7',
        {
          ok: true as const,
          provider: 'country.is',
          country: null,
          attempts: limitedThenAnswered.map(({ ip: _ip, ...attempt }) => attempt),
        },
      ],
    ])
    const observation = buildObservation([], { locate: () => null, online }, null, new Date(0))
    expect(observation.geoAttempts).toEqual(limitedThenAnswered)
    const back = parseObservation(JSON.parse(JSON.stringify(observation)))
    expect(back.ok && back.observation.geoAttempts).toEqual(observation.geoAttempts)
  })
})
