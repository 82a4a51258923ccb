import { emptyGeoDb, openGeoDb } from '../../../src/node/geo-db'

describe('the shipped country database', () => {
  const db = openGeoDb('resources/geo-whois-asn-country.mmdb')

  it.each([
    ['114.114.114.114', 'CN'],
    ['8.8.8.8', 'US'],
    ['240e:3b7:3272:d8d0:a9c4:1f2:95e:7b1', 'CN'],
  ])('locates %s in %s', (ip, country) => {
    expect(db.locate(ip)).toBe(country)
  })

  it.each(['10.0.0.1', '::1', 'not-an-ip'])('knows nothing about %s', (ip) => {
    expect(db.locate(ip)).toBeNull()
  })

  it('has an empty stand-in for a missing file', () => {
    expect(emptyGeoDb.locate('8.8.8.8')).toBeNull()
  })
})
