import { aboutInfo, dateOfVersion, mmdbBuildDate } from '../../../../src/main/desktop/about'
import { dataSources } from '../../../../src/shared/view/data-licences'

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
    expect(dateOfVersion('zipcodes 8.0.0')).toBeNull()
  })

  it('has no build date for a database it cannot read', async () => {
    expect(await mmdbBuildDate('resources/no-such.mmdb')).toBeNull()
    expect(await mmdbBuildDate('resources/asn.bin')).toBeNull()
  })
})
