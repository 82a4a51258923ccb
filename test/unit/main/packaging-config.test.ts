import { existsSync, readFileSync } from 'node:fs'
import { validateConfiguration } from 'app-builder-lib/out/util/config/config'
import type { Configuration } from 'app-builder-lib'
import { DebugLogger } from 'builder-util'
import { distConfig, maintainerOf, publishOf } from '../../../build/dist-config'
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
    entitlements?: string
    entitlementsInherit?: string
    extendInfo: Record<string, unknown>
  }
  win: { target: TargetEntry[] }
  linux: { target: string[] }
  appId: string
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
    expect(pkg.scripts['dist']).toBe('electron-vite build && tsx build/dist.ts')
    const script = readFileSync('build/dist.ts', 'utf8')
    expect(script).toMatch(/path\.join\(\s*'node_modules',\s*'\.bin'/)
    expect(script).toContain("readFileSync('electron-builder.json'")
    expect(script).not.toMatch(/npx/)
    expect(pkg.devDependencies['electron-builder']).toMatch(/^\^?26\./)
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, { version: string }>
    }
    expect(lock.packages['node_modules/electron-builder']?.version).toMatch(/^26\./)
  })
})

describe('macOS signing and App Nap', () => {
  it('signs with a minimal entitlements file: JIT only, no disable-library-validation', () => {
    expect(config.mac.entitlements).toBe('resources/entitlements.mac.plist')
    expect(config.mac.entitlementsInherit).toBe(config.mac.entitlements)
    const plist = readFileSync(config.mac.entitlements ?? '', 'utf8')
    const keys = [...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])
    expect(keys).toEqual(['com.apple.security.cs.allow-jit'])
    expect(plist).toMatch(/<key>com\.apple\.security\.cs\.allow-jit<\/key>\s*<true\/>/)
  })

  it('keeps App Nap from throttling the checks of a windowless menu-bar app', () => {
    expect(config.mac.extendInfo['NSAppSleepDisabled']).toBe(true)
  })
})

describe('`npm run dist` for this machine (build/dist-config.ts)', () => {
  const validate = (built: Record<string, unknown>) =>
    validateConfiguration(built as Configuration, new DebugLogger(false))

  it('a newcomer on Linux builds the AppImage only and is told why; no updates, and it says so', async () => {
    const { config: built, notes } = distConfig(config, {}, {}, 'linux')
    expect((built['linux'] as { target: string[] }).target).toEqual(['AppImage'])
    expect(built['publish']).toBeNull()
    expect(notes.join('\n')).toMatch(
      /AppImage only: a \.deb needs a maintainer e-mail and a homepage/,
    )
    expect(notes.join('\n')).toMatch(/will not check for updates/)
    await expect(validate(built)).resolves.toBeUndefined()
  })

  it('with a maintainer, a homepage and a GitHub repository: the .deb too, and updates from its releases', async () => {
    const env = {
      PAYLIGHT_MAINTAINER: 'Li Lei <lilei@example.org>',
      PAYLIGHT_HOMEPAGE: 'https://example.org/paylight',
      PAYLIGHT_PUBLISH_GITHUB: 'paylight/paylight',
    }
    const { config: built, notes } = distConfig(config, {}, env, 'linux')
    expect(built['linux']).toMatchObject({
      target: ['AppImage', 'deb'],
      maintainer: env.PAYLIGHT_MAINTAINER,
    })
    expect(built['extraMetadata']).toEqual({ homepage: env.PAYLIGHT_HOMEPAGE })
    expect(built['publish']).toEqual([
      { provider: 'github', owner: 'paylight', repo: 'paylight', releaseType: 'draft' },
    ])
    expect(notes).toEqual([])
    await expect(validate(built)).resolves.toBeUndefined()
  })

  it('macOS and Windows builds are not cut down; a plain https folder can serve updates too', async () => {
    const { config: built } = distConfig(
      config,
      {},
      { PAYLIGHT_PUBLISH_URL: 'https://dl.example.org/paylight' },
      'darwin',
    )
    expect(built['mac']).toEqual(config.mac)
    expect(built['publish']).toEqual([
      { provider: 'generic', url: 'https://dl.example.org/paylight' },
    ])
    await expect(validate(built)).resolves.toBeUndefined()
  })

  it('reads the maintainer from package.json, and refuses one without an e-mail', () => {
    expect(maintainerOf({ author: { name: 'Li Lei', email: 'l@example.org' } }, {})).toBe(
      'Li Lei <l@example.org>',
    )
    expect(maintainerOf({ author: 'Li Lei' }, {})).toBeNull()
    expect(maintainerOf({}, { PAYLIGHT_MAINTAINER: 'no email' })).toBeNull()
    expect(publishOf({ PAYLIGHT_PUBLISH_GITHUB: 'not a repo' })).toBeNull()
    expect(publishOf({ PAYLIGHT_PUBLISH_URL: 'http://insecure.example.org' })).toBeNull()
  })
})
