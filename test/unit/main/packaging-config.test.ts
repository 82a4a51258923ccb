import { existsSync, readFileSync } from 'node:fs'

interface BuilderConfig {
  asar: boolean
  electronFuses: Record<string, boolean>
  extraResources: { from: string; to: string; filter: string[] }[]
  mac: { extendInfo: Record<string, unknown> }
}

const config = JSON.parse(readFileSync('electron-builder.json', 'utf8')) as BuilderConfig

describe('the packaging config (electron-builder)', () => {
  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['onlyLoadAppFromAsar', true],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['enableCookieEncryption', true],
    ['grantFileProtocolExtraPrivileges', false],
  ])('flips the %s fuse to %s', (fuse, value) => {
    expect(config.electronFuses[fuse]).toBe(value)
  })

  it('packs the app in an asar, so the asar-only fuses mean something', () => {
    expect(config.asar).toBe(true)
  })

  it('ships the country database and tray icons where main looks for them (process.resourcesPath)', () => {
    const resources = config.extraResources[0]
    expect(resources).toMatchObject({ from: 'resources', to: '.' })
    expect(resources?.filter).toEqual([
      'geo-whois-asn-country.mmdb',
      'asn.bin',
      'licences/**',
      'tray/**',
    ])
    expect(existsSync('resources/geo-whois-asn-country.mmdb')).toBe(true)
    expect(existsSync('resources/tray/grey-light.png')).toBe(true)
  })

  it('keeps the macOS app out of the Dock: a tray app', () => {
    expect(config.mac.extendInfo['LSUIElement']).toBe(true)
  })
})
