import { existsSync, readFileSync } from 'node:fs'
import { validateConfiguration } from 'app-builder-lib/out/util/config/config'
import type { Configuration } from 'app-builder-lib'
import { DebugLogger } from 'builder-util'
import { pngSize } from '../../support/icon-files'

interface TargetEntry {
  readonly target: string
  readonly arch?: readonly string[]
}
interface BuilderConfig {
  files: string[]
  icon: string
  asar: boolean
  electronFuses: Record<string, boolean>
  extraResources: { from: string; to: string; filter: string[] }[]
  mac: {
    target: TargetEntry[]
    identity?: string | null
    hardenedRuntime?: boolean
    notarize?: boolean
    extendInfo: Record<string, unknown>
  }
  win: { target: TargetEntry[] }
  linux: { target: string[] }
}
interface PackageJson {
  scripts: Record<string, string>
  dependencies?: Record<string, string>
  devDependencies: Record<string, string>
}

const raw = readFileSync('electron-builder.json', 'utf8')
const config = JSON.parse(raw) as BuilderConfig
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson
const targetNames = (targets: readonly (TargetEntry | string)[]) =>
  targets.map((t) => (typeof t === 'string' ? t : t.target))

describe('the packaging config (electron-builder)', () => {
  it("passes electron-builder's own validation (its scheme.json), as `npm run dist` runs it", async () => {
    await expect(
      validateConfiguration(JSON.parse(raw) as Configuration, new DebugLogger(false)),
    ).resolves.toBeUndefined()
  })

  it('and that validation does reject a misspelt option (so the check above means something)', async () => {
    const broken = { ...(JSON.parse(raw) as object), mac: { ...config.mac, identiti: '-' } }
    await expect(
      validateConfiguration(broken as Configuration, new DebugLogger(false)),
    ).rejects.toThrow(/configuration\.mac/)
  })

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

  it('re-seals the macOS app ad hoc after flipping fuses, so an unsigned build still starts on Apple Silicon', () => {
    expect(config.electronFuses['resetAdHocDarwinSignature']).toBe(true)
  })

  it('leaves the signing identity to discovery (CSC_LINK / keychain Developer ID), never switched off', () => {
    // A fixed identity would stop CSC_LINK builds from finding their certificate; null skips signing.
    expect(config.mac).not.toHaveProperty('identity')
    expect(config.mac.hardenedRuntime).toBe(true) // needed for notarization
    expect(config.mac.notarize).not.toBe(false)
  })

  it('builds dmg + zip for both Mac architectures, an NSIS installer, and AppImage + deb', () => {
    expect(targetNames(config.mac.target)).toEqual(['dmg', 'zip'])
    for (const t of config.mac.target) expect(t.arch).toEqual(['arm64', 'x64'])
    expect(targetNames(config.win.target)).toEqual(['nsis'])
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
  })

  it('has a square app icon of at least 512 px (macOS refuses smaller)', () => {
    const size = pngSize(readFileSync(config.icon))
    expect(size.width).toBeGreaterThanOrEqual(512)
    expect(size.height).toBe(size.width)
  })

  it('packs the app in an asar, so the asar-only fuses mean something', () => {
    expect(config.asar).toBe(true)
  })

  it('packs only the built bundles: no node_modules (they are bundled into out/)', () => {
    expect(config.files).toContain('!**/node_modules/**')
    expect(config.files.filter((f) => !f.startsWith('!'))).toEqual(['out/**', 'package.json'])
    // electron-builder adds production dependencies' node_modules by itself; there are none.
    expect(Object.keys(pkg.dependencies ?? {})).toEqual([])
  })

  it('ships the country database and tray icons where main looks for them (process.resourcesPath)', () => {
    const resources = config.extraResources[0]
    expect(resources).toMatchObject({ from: 'resources', to: '.' })
    expect(resources?.filter).toEqual([
      'geo-whois-asn-country.mmdb',
      'iptoasn-country.mmdb',
      'asn.bin',
      'licences/**',
      'tray/**',
    ])
    expect(existsSync('resources/geo-whois-asn-country.mmdb')).toBe(true)
    expect(existsSync('resources/iptoasn-country.mmdb')).toBe(true)
    expect(existsSync('resources/tray/grey-light.png')).toBe(true)
  })

  it('keeps the macOS app out of the Dock: a tray app', () => {
    expect(config.mac.extendInfo['LSUIElement']).toBe(true)
  })

  it('`npm run dist` uses the locked electron-builder 26, never one fetched at packaging time', () => {
    expect(pkg.scripts['dist']).toMatch(/electron-builder --config electron-builder\.json/)
    expect(pkg.scripts['dist']).not.toMatch(/npx/)
    expect(pkg.devDependencies['electron-builder']).toMatch(/^\^?26\./)
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, { version: string }>
    }
    expect(lock.packages['node_modules/electron-builder']?.version).toMatch(/^26\./)
  })
})
