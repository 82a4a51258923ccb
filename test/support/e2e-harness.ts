import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { realTimers } from '../../src/shared/monitor/timers'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { createAppServices, type AppServices } from '../../src/main/app-services'
import { openGeoDb } from '../../src/node/geo-db'
import { createLinkOpener } from '../../src/main/open-external'
import { createProfileStore, type Cipher } from '../../src/node/profile-store'
import type { DesktopDeps } from '../../src/main/features/desktop/desktop-feature'
import { createSettingsStore } from '../../src/node/settings-store'
import { chromiumArgs, chromiumPath } from './browser'
import { bridgePage } from './bridge'
import { fakeCipher } from './fake-cipher'
import { startFakeServer, type FakeServer } from './fake-server'
import { fakeGeoProviders, fakeSourceList } from './fake-sources'
import { loopbackFetch } from './loopback-fetch'
import { startRendererServer } from './renderer-server'
import { healthyRoutes } from './healthy-routes'

export { healthyRoutes, US } from './healthy-routes'

/** Where e2e screenshots go (copied into docs/screenshots for the README by hand). */
export const screenshotDir = path.resolve(
  process.env['PAYLIGHT_SCREENSHOTS_DIR'] ?? 'test-results/screenshots',
)

/** Real services, fake network, built renderer and preload in Chromium, bridged together. */
export interface E2eApp {
  readonly page: Page
  /** Where the built renderer is served (the e2e stand-in for app://). */
  readonly origin: string
  readonly sources: FakeServer
  readonly services: AppServices
  /** The app's data folder (profiles, settings, exports), removed by `close()`. */
  readonly dataDir: string
  readonly cspErrors: string[]
  /** Loads the window (done already unless started with `navigate: false`). */
  open(): Promise<void>
  close(): Promise<void>
}

/**
 * A Chromium page; with `profileDir` a persistent profile (its HTTP and code caches survive a
 * reload and a relaunch), so a fresh folder is a cold start.
 */
async function openPage(profileDir?: string) {
  const contextOptions = { viewport: { width: 1100, height: 900 }, locale: 'zh-CN' }
  const launch = { executablePath: chromiumPath, args: chromiumArgs }
  if (profileDir) {
    const context = await chromium.launchPersistentContext(profileDir, {
      ...launch,
      ...contextOptions,
    })
    const page = context.pages()[0] ?? (await context.newPage())
    return { page, close: () => context.close() }
  }
  const browser = await chromium.launch(launch)
  const page = await browser.newPage(contextOptions)
  return { page, close: () => browser.close() }
}

/** Starts everything an e2e test needs; `close()` stops it all. */
export async function startE2eApp(
  options: {
    systemLocale?: string
    profileDir?: string
    navigate?: boolean
    rendererDir?: string
    prepareData?: (dataDir: string) => void | Promise<void>
    /** Routes to set on the fake sources before the services' first check (no change seen later). */
    prepareRoutes?: (sources: FakeServer) => void
    /** The keychain (a fake that answers at once by default). */
    cipher?: Cipher
    /** Open the window before the profile file is read (a keychain prompt); after it by default. */
    profilesPending?: boolean
    /** The desktop glue's side (About, updates, log folder, start at login); none by default. */
    desktop?: (dataDir: string) => DesktopDeps
  } = {},
): Promise<E2eApp> {
  if (!existsSync('out/renderer/index.html') || !existsSync('out/preload/index.cjs')) {
    throw new Error('the app is not built: run `npm run build` first (npm test does)')
  }
  mkdirSync(screenshotDir, { recursive: true })
  const dataDir = mkdtempSync(path.join(tmpdir(), 'paylight-e2e-'))
  await options.prepareData?.(dataDir)
  const sources = await startFakeServer()
  healthyRoutes(sources)
  options.prepareRoutes?.(sources)
  const renderer = await startRendererServer(options.rendererDir)
  const services = await createAppServices({
    fetch: loopbackFetch,
    resolveProxy: async () => 'PROXY 127.0.0.1:7890',
    locate: openGeoDb('resources/geo-whois-asn-country.mmdb').locate,
    sources: fakeSourceList(sources),
    geoProviders: fakeGeoProviders(sources),
    now: Date.now,
    timers: realTimers,
    systemLocale: options.systemLocale ?? 'zh-CN',
    timeZone: null,
    settingsStore: createSettingsStore(dataDir),
    profileStore: createProfileStore(dataDir, options.cipher ?? fakeCipher()),
    files: {
      chooseExportFile: async () => path.join(dataDir, 'export.json'),
      chooseImportFile: async () => path.join(dataDir, 'export.json'),
    },
    binLookupUrl: sources.url('/bin/'),
    openLink: createLinkOpener(async () => undefined),
    dataFolder: { dir: dataDir },
    ...(options.desktop ? { desktop: options.desktop(dataDir) } : {}),
  })
  if (!options.profilesPending) await services.profilesLoaded
  const browser = await openPage(options.profileDir)
  const { page } = browser
  const cspErrors: string[] = []
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) cspErrors.push(msg.text())
  })
  const unbridge = await bridgePage(page, services, renderer.origin)
  services.start()
  const open = async () => void (await page.goto(`${renderer.origin}/index.html`))
  if (options.navigate !== false) await open()
  return {
    page,
    origin: renderer.origin,
    sources,
    services,
    cspErrors,
    dataDir,
    open,
    close: async () => {
      unbridge()
      services.stop()
      await browser.close()
      await renderer.close()
      await sources.close()
      await services.settled()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
