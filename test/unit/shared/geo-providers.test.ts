import { parseGeoBody } from '../../../src/shared/geo/geo-providers'
import { fixture } from '../../support/provider-bodies'

const ip = '104.28.41.17'

describe('parseGeoBody', () => {
  it.each([
    ['ipwhois', 'ipwhois.json', { asn: 13335, org: 'Cloudflare, Inc.' }],
    ['ipapi', 'ipapi.json', { asn: 13335, org: 'CLOUDFLARENET' }],
    ['country-is', 'country-is.json', undefined],
  ] as const)(
    'reads the country (and the network owner) from the %s sample',
    (parser, file, owner) => {
      expect(parseGeoBody(parser, fixture(file), ip)).toEqual({
        ok: true,
        country: 'US',
        ...(owner ? { owner } : {}),
      })
    },
  )

  it('reports ipwho.is refusing a reserved range', () => {
    expect(parseGeoBody('ipwhois', fixture('ipwhois-error.json'), '10.0.0.1')).toEqual({
      ok: false,
      reason: 'refused',
      detail: 'Reserved range',
    })
  })

  it('recognises ipapi.co over quota with HTTP 200', () => {
    expect(parseGeoBody('ipapi', fixture('ipapi-ratelimited.json'), ip)).toMatchObject({
      ok: false,
      reason: 'rate-limited',
    })
  })

  it('rejects an answer about another IP', () => {
    expect(parseGeoBody('country-is', '{"ip":"1.2.3.4","country":"DE"}', ip)).toMatchObject({
      ok: false,
      reason: 'ip-mismatch',
    })
  })

  it.each(['<html>', '[]', 'null', '{"ip":"104.28.41.17"', ''])(
    'rejects a broken body %j',
    (body) => {
      expect(parseGeoBody('ipwhois', body, ip)).toMatchObject({ ok: false, reason: 'garbage' })
    },
  )

  it('keeps an unknown country code as unknown', () => {
    expect(parseGeoBody('country-is', '{"ip":"104.28.41.17","country":"XX"}', ip)).toEqual({
      ok: true,
      country: null,
    })
  })
})

describe('parseGeoBody: non-ASCII country fields', () => {
  it.each([
    ['ipwhois', { country_code: 'ß' }],
    ['ipapi', { country_code: 'ſe' }],
    ['country-is', { country: 'ıd' }],
  ] as const)('%s: a Unicode look-alike is no country', (parser, fields) => {
    expect(parseGeoBody(parser, JSON.stringify({ ip, ...fields }), ip)).toEqual({
      ok: true,
      country: null,
    })
  })
})
