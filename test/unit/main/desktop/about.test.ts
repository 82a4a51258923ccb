import fc from 'fast-check'
import { aboutInfo, dateOfVersion, mmdbBuildDate } from '../../../../src/main/desktop/about'
import { dataSources } from '../../../../src/shared/view/data-licences'
import { runs } from '../../../property/support'

describe('the About model', () => {
  it('lists the version, the runtime, and every shipped data set with its date and licence', async () => {
    const geoBuilt = await mmdbBuildDate('resources/geo-whois-asn-country.mmdb')
    expect(geoBuilt).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const about = aboutInfo({
      version: '0.1.0',
      versions: { node: '22.20.0', electron: '45.5.0', chrome: '146.0.0.0' },
      geoBuilt,
      updates: { kind: 'not-configured' },
      startAtLogin: { enabled: true, needsApproval: false, canChange: true },
    })
    expect(about.app).toEqual({ version: '0.1.0', licence: 'MIT' })
    expect(about.runtime.electron).toBe('45.5.0')
    expect(about.data.map((d) => d.id)).toEqual(dataSources.map((d) => d.id))
    const byId = Object.fromEntries(about.data.map((d) => [d.id, d]))
    expect(byId['geo-whois-asn-country']?.date).toBe(geoBuilt)
    expect(byId['ip-location-db-asn']?.date).toBe('2026-06-17')
    expect(byId['merchant-regions']?.date).toBe('2026-11-26')
    expect(byId['ip-location-db-asn']?.licence.name).toBe('CC BY 4.0')
    expect(about.updates.text.en).toMatch(/no update source/)
  })

  it('reads dates from versions, and says nothing when a version carries none', () => {
    expect(dateOfVersion('@ip-location-db/asn 2.3.2026061719, packed by PayLight')).toBe(
      '2026-06-17',
    )
    expect(dateOfVersion('read 2026-11-26')).toBe('2026-11-26')
    expect(dateOfVersion('X4BNet/lists_vpn 85a1cf3 (2026-08-22), reviewed by PayLight')).toBe(
      '2026-08-22',
    )
    expect(dateOfVersion('zipcodes 8.0.0')).toBeNull()
  })

  it('answers a day or nothing for any version text, and finds a day written in it', () => {
    const day = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10))
    const plain = fc.string().filter((t) => !/\d/.test(t))
    fc.assert(
      fc.property(fc.string(), (text) => {
        const found = dateOfVersion(text)
        expect(found === null || /^\d{4}-\d{2}-\d{2}$/.test(found)).toBe(true)
      }),
      runs,
    )
    fc.assert(
      fc.property(plain, day, plain, (before, date, after) => {
        expect(dateOfVersion(`${before} (${date}) ${after}`)).toBe(date)
      }),
      runs,
    )
  })

  it('has no build date for a database it cannot read', async () => {
    expect(await mmdbBuildDate('resources/no-such.mmdb')).toBeNull()
    expect(await mmdbBuildDate('resources/asn.bin')).toBeNull()
  })
})
