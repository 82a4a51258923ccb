import { sightingFailureCodes, type Sighting } from '../../../src/shared/monitor/observation'
import { parseObservation } from '../../../src/shared/monitor/observation-schema'
import { exitOf, observationOf } from '../../support/observations'

const t0 = Date.parse('2026-11-25T10:00:00Z')

describe('parseObservation', () => {
  it('reads back a full observation unchanged', () => {
    const o = observationOf(t0, {
      merchant: exitOf('merchant', '104.28.41.17', 'US'),
      ipv6: exitOf('ipv6', '240e::1', 'CN'),
    })
    expect(parseObservation(JSON.parse(JSON.stringify(o)))).toEqual({ ok: true, observation: o })
  })

  it('completes a hand-written minimal scenario: exits need only ip and country', () => {
    const result = parseObservation({
      schema: 1,
      checkedAt: '2026-11-25T10:00:00Z',
      exits: {
        merchant: { ip: '203.0.113.7', country: 'US' },
        ipv4: { ip: '198.51.100.2', country: 'DE' },
        ipv6: { ip: '2001:db8::1', country: 'CN' },
      },
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const o = result.observation
    expect(o.fullCheckAt).toBe('2026-11-25T10:00:00Z')
    expect(o.exits.merchant).toMatchObject({
      route: 'merchant',
      family: 4,
      country: 'US',
      agreement: 'single',
    })
    expect(o.exits.ipv6).toMatchObject({ family: 6, country: 'CN' })
    expect(o.split).toEqual({
      merchantIp: '203.0.113.7',
      genericIp: '198.51.100.2',
      ipDiffers: true,
      countryDiffers: true,
    })
    expect(o.ipv6Present).toBe(true)
    expect(o.sightings).toEqual([])
  })

  it('reads XX, T1 and other non-ISO codes as an unknown country, like a provider answer', () => {
    const result = parseObservation({
      schema: 1,
      checkedAt: '2026-11-25T10:00:00Z',
      exits: { merchant: { ip: '1.2.3.4', country: 'XX' }, ipv4: { ip: '1.2.3.4', country: 'T1' } },
    })
    expect(result).toMatchObject({
      ok: true,
      observation: {
        exits: { merchant: { country: null, agreement: 'none' }, ipv4: { country: null } },
      },
    })
  })

  it.each([
    [{ schema: 1, checkedAt: 'yesterday', exits: {} }, 'checkedAt'],
    [{ schema: 2, checkedAt: '2026-11-25T10:00:00Z', exits: {} }, 'schema'],
    [
      {
        schema: 1,
        checkedAt: '2026-11-25T10:00:00Z',
        exits: { merchant: { ip: 'banana', country: 'US' } },
      },
      'exits.merchant.ip',
    ],
  ])('says what is wrong with %j', (raw, path) => {
    const result = parseObservation(raw)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems.join(' ')).toContain(path)
  })

  const failed = (code: string): Record<keyof Sighting, unknown> => ({
    source: 'cf-v6',
    url: 'https://[2606:4700:4700::1111]/cdn-cgi/trace',
    kind: 'trace',
    family: 'v6',
    ip: null,
    ipFamily: null,
    country: null,
    rawCountry: null,
    failure: { code, detail: 'd' },
    elapsedMs: 12,
    warp: undefined,
  })

  it('reads back every failure code a check can write', () => {
    for (const code of sightingFailureCodes) {
      const result = parseObservation({
        schema: 1,
        checkedAt: '2026-11-25T10:00:00Z',
        exits: {},
        sightings: [failed(code)],
      })
      expect(result.ok && result.observation.sightings[0]?.failure?.code).toBe(code)
    }
  })

  it('refuses a failure code no check writes, naming where it is', () => {
    const result = parseObservation({
      schema: 1,
      checkedAt: '2026-11-25T10:00:00Z',
      exits: {},
      sightings: [failed('exploded')],
    })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems.join('\n')).toContain('sightings.0.failure.code')
  })
})
