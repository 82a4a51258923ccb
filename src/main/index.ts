// Electron glue: wires Electron's modules to the Electron-free services. Kept thin on purpose; each
// piece it calls (setup/*, the services) is unit-tested, and the services run unchanged in e2e.
import os from 'node:os'
import path from 'node:path'
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  net,
  Notification,
  powerMonitor,
  protocol,
  safeStorage,
  session,
  shell,
  Tray,
} from 'electron'
import { defaultGeoProviders } from '../shared/geo/geo-providers'
import { translate } from '../shared/i18n/translate'
import { createLogger } from '../shared/logger'
import type { Timers } from '../shared/monitor/monitor'
import { defaultSources } from '../shared/net/sources'
import { openGeoDbOrEmpty } from '../node/geo-db'
import { createProfileStore } from '../node/profile-store'
import { createSettingsStore } from '../node/settings-store'
import { openPaymentStores } from './features/history/payment-stores'
import { APP_ORIGIN, APP_SCHEME, createAppRequestHandler } from './app-protocol'
import { createAppServices, type AppServices } from './app-services'
import { createSenderGuard, registerHandlers } from './ipc-handlers'
import { createLinkOpener } from './open-external'
import { safeStorageCipher } from './setup/setup-cipher'
import { fileDialogs } from './setup/setup-dialogs'
import { setupInterfaceWatch } from './setup/setup-interface-watch'
import { setupTray } from './setup/setup-tray'
import { setupWindow } from './setup/setup-window'
import { trayIconPath } from './tray-icons'
import { denyAllPermissions, guardWebContents } from './web-guards'

const log = createLogger('main')
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined
const trustedOrigins = [APP_ORIGIN, ...(devServerUrl ? [new URL(devServerUrl).origin] : [])]
const timers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
}

// Every renderer sandboxed, not only the one window we configure.
app.enableSandbox()

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])

let services: AppServices | null = null
// Held for the life of the app: a tray that is garbage-collected disappears from the menu bar.
let tray: Tray | null = null

const resourcesDir = () =>
  app.isPackaged ? process.resourcesPath : path.join(app.getAppPath(), 'resources')

const mainWindow = setupWindow({
  BrowserWindow,
  preload: path.join(__dirname, '../preload/index.cjs'),
  url: devServerUrl ?? `${APP_ORIGIN}/index.html`,
  title: () => translate(services?.state().lang ?? 'zh', 'app.name'),
})

async function start(): Promise<void> {
  if (process.platform === 'darwin') app.dock?.hide()
  // Windows shows notifications only for an app with a user model id.
  if (process.platform === 'win32') app.setAppUserModelId('app.paylight.desktop')
  protocol.handle(APP_SCHEME, createAppRequestHandler(path.join(__dirname, '../renderer')))
  denyAllPermissions(session.defaultSession)

  const userData = app.getPath('userData')
  const appServices = await createAppServices({
    fetch: (url, init) => net.fetch(url, init),
    resolveProxy: (url) => session.defaultSession.resolveProxy(url),
    locate: openGeoDbOrEmpty(path.join(resourcesDir(), 'geo-whois-asn-country.mmdb')).locate,
    sources: defaultSources,
    geoProviders: defaultGeoProviders,
    now: Date.now,
    timers,
    systemLocale: app.getLocale(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone ?? null,
    settingsStore: createSettingsStore(userData),
    profileStore: createProfileStore(userData, safeStorageCipher(safeStorage, process.platform)),
    files: fileDialogs(dialog),
    paymentStores: openPaymentStores(userData),
    // The OS call is handed over as a reference; createLinkOpener's allow-list decides what reaches it.
    openLink: createLinkOpener(shell.openExternal),
    notify: ({ title, body }) => {
      if (Notification.isSupported()) new Notification({ title, body }).show()
    },
  })
  services = appServices

  registerHandlers(
    (channel, listener) => ipcMain.handle(channel, listener),
    appServices.ipc,
    createSenderGuard(mainWindow.isOurs, trustedOrigins),
  )
  appServices.subscribe(mainWindow.push)

  const iconFor = (light: Parameters<typeof trayIconPath>[1]) =>
    trayIconPath(resourcesDir(), light, process.platform, nativeTheme.shouldUseDarkColors)
  tray = new Tray(iconFor('grey'))
  const trayView = setupTray({
    tray,
    buildMenu: (template) => Menu.buildFromTemplate(template),
    iconFor,
    platform: process.platform,
    services: appServices,
    openWindow: mainWindow.open,
    quit: () => app.quit(),
    now: Date.now,
  })
  nativeTheme.on('updated', trayView.render)
  // A keychain locked at login may be unlocked by now: files it blocked are read again.
  app.on('browser-window-focus', () => appServices.focus())

  powerMonitor.on('suspend', () => appServices.monitor.suspend())
  powerMonitor.on('resume', () => appServices.monitor.resume())
  const watch = setupInterfaceWatch({
    readInterfaces: () => os.networkInterfaces(),
    isOnline: () => net.isOnline(),
    timers,
    trigger: (event) => void appServices.monitor.trigger(event),
  })
  watch.start()
  app.on('before-quit', () => {
    watch.stop()
    trayView.stop()
    appServices.stop()
  })
  appServices.start()
  trayView.render()
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', mainWindow.open)
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, trustedOrigins))
  // A tray app: closing the window destroys it but keeps PayLight running.
  app.on('window-all-closed', () => undefined)
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => log.error('start-up failed', { error: String(error) }))
}
