import { existsSync, readFileSync } from 'node:fs'
import { dataSources } from '../../../src/shared/view/data-licences'

describe('shipped data licences', () => {
  it.each(dataSources.map((s) => [s.id, s] as const))(
    '%s has its data and licence text in the repo',
    (_, source) => {
      for (const file of source.files) expect(existsSync(file)).toBe(true)
      const text = readFileSync(`resources/${source.licenceFile}`, 'utf8')
      if (source.licence.name === 'CC BY 4.0')
        expect(text).toContain('Creative Commons Attribution 4.0')
      expect(text.length).toBeGreaterThan(200)
    },
  )

  it('ships every licence file the packaged app needs', () => {
    const builder = JSON.parse(readFileSync('electron-builder.json', 'utf8')) as {
      extraResources: { filter: string[] }[]
    }
    const filters = builder.extraResources.flatMap((r) => r.filter)
    expect(filters).toEqual(
      expect.arrayContaining(['asn.bin', 'geo-whois-asn-country.mmdb', 'licences/**']),
    )
  })
})
