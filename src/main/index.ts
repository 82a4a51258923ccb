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
import type { NoticePage } from '../shared/notices'
import { defaultGeoProviders } from '../shared/geo/geo-providers'
import { translate } from '../shared/i18n/translate'
import { createLogger } from '../shared/logger'
import { realTimers } from '../shared/monitor/timers'
import { defaultSources } from '../shared/net/sources'
import { openAsnDbOrEmpty } from '../node/asn-db'
import { openGeoDbOrEmpty } from '../node/geo-db'
import { takeDataFolder } from '../node/data-folder-lock'
import { createProfileStore } from '../node/profile-store'
import { createSettingsStore } from '../node/settings-store'
import { openPaymentStores } from './features/history/payment-stores'
import { APP_ORIGIN, APP_SCHEME, createAppRequestHandler } from './app-protocol'
import { createAppServices, type AppServices, type AppServicesDeps } from './app-services'
import { createSenderGuard, registerHandlers } from './ipc-handlers'
import { createLinkOpener } from './open-external'
import { safeStorageCipher } from './setup/setup-cipher'
import { fileDialogs } from './setup/setup-dialogs'
import { runCommand } from './setup/run-command'
import { setupInterfaceWatch } from './setup/setup-interface-watch'
import { setupChecksSession } from './setup/setup-net-session'
import { setupNotifications } from './setup/setup-notifications'
import { GEO_DB_FILE, missingResources, resourcesDir } from './setup/setup-resources'
import { setupTrayTheme } from './setup/setup-theme'
import { setupTray } from './setup/setup-tray'
import { setupWindow } from './setup/setup-window'
import { detectTrayVisibility, type TrayVisibility } from './setup/tray-visibility'
import { trayIconPath } from './tray-icons'
import { denyAllPermissions, guardWebContents } from './web-guards'

const log = createLogger('main')
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined
const trustedOrigins = [APP_ORIGIN, ...(devServerUrl ? [new URL(devServerUrl).origin] : [])]
const platform = process.platform
const timers = realTimers

// Before `ready` (Electron throws if these come later): every renderer sandboxed, and app://
// registered as a standard, secure scheme.
app.enableSandbox()

// codeCache (needs standard): V8 keeps the renderer bundle's compiled code between launches.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
])

let services: AppServices | null = null
// Held for the life of the app: a tray that is garbage-collected disappears from the menu bar.
let tray: Tray | null = null
let quitting = false
let trayVisibility: TrayVisibility = 'visible'

const resources = () => resourcesDir(app.isPackaged, process.resourcesPath, app.getAppPath())

const mainWindow = setupWindow({
  BrowserWindow,
  preload: path.join(__dirname, '../preload/index.cjs'),
  url: devServerUrl ?? `${APP_ORIGIN}/index.html`,
  title: () => translate(services?.state().lang ?? 'zh', 'app.name'),
  dark: () => nativeTheme.shouldUseDarkColors,
  // Where the tray is likely invisible the window is the only way back in: keep it.
  keepOnClose: () => trayVisibility === 'likely-invisible',
  quitting: () => quitting,
})

/** Opens the window, on a page when asked (a clicked notice, the tray's next step). */
function openWindow(page?: NoticePage): void {
  if (page) services?.notices.requestPage(page)
  // A window opened afresh without a page starts on the first tab, not on an old request.
  else if (!mainWindow.exists()) services?.notices.clearRequestedPage()
  mainWindow.open()
}

async function start(): Promise<void> {
  if (platform === 'darwin') app.dock?.hide()
  // Windows shows notifications only for an app with a user model id.
  if (platform === 'win32') app.setAppUserModelId('app.paylight.desktop')
  const visibility = detectTrayVisibility(platform, process.env, runCommand)
  const missing = missingResources(resources(), platform)
  if (missing.length > 0) log.error('shipped resources missing', { missing })
  protocol.handle(APP_SCHEME, createAppRequestHandler(path.join(__dirname, '../renderer')))
  denyAllPermissions(session.defaultSession)
  const checks = setupChecksSession({
    fromPartition: (partition, options) => session.fromPartition(partition, options),
    timers,
  })

  const userData = app.getPath('userData')
  // One writer per data folder: another PayLight already holding it makes this one read-only.
  const folder = await takeDataFolder(userData)
  const { fs } = folder
  let deliver: AppServicesDeps['notify'] | null = null
  const appServices = await createAppServices({
    fetch: checks.fetch,
    resolveProxy: checks.resolveProxy,
    locate: openGeoDbOrEmpty(path.join(resources(), GEO_DB_FILE)).locate,
    owner: openAsnDbOrEmpty(path.join(resources(), 'asn.bin'), (error) =>
      log.error('offline ASN data missing; network owners come from online answers only', {
        error: String(error),
      }),
    ).owner,
    sources: defaultSources,
    geoProviders: defaultGeoProviders,
    now: Date.now,
    timers,
    systemLocale: app.getLocale(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone ?? null,
    settingsStore: createSettingsStore(userData, { fs }),
    profileStore: createProfileStore(userData, safeStorageCipher(safeStorage, platform), { fs }),
    files: fileDialogs(dialog),
    paymentStores: openPaymentStores(userData, Date.now, fs),
    readOnly: folder.kind === 'read-only' ? folder.holder : null,
    // The OS call is handed over as a reference; createLinkOpener's allow-list decides what reaches it.
    openLink: createLinkOpener(shell.openExternal),
    notify: (notice) => deliver?.(notice),
  })
  services = appServices
  deliver = setupNotifications({
    Notification,
    platform,
    undelivered: appServices.notices.undelivered,
    find: appServices.notices.find,
    open: (notice) => openWindow(notice?.page ?? 'status'),
    lang: () => appServices.state().lang,
  }).deliver

  registerHandlers(
    (channel, listener) => ipcMain.handle(channel, listener),
    appServices.ipc,
    createSenderGuard(mainWindow.isOurs, trustedOrigins),
  )
  appServices.subscribe(mainWindow.push)

  let repaint: () => void = () => undefined
  const theme = setupTrayTheme({
    platform,
    nativeTheme,
    run: runCommand,
    onChange: () => repaint(),
  })
  const iconFor = (light: Parameters<typeof trayIconPath>[1]) =>
    trayIconPath(resources(), light, platform, theme.dark())
  tray = new Tray(iconFor('grey'))
  const trayView = setupTray({
    tray,
    buildMenu: (template) => Menu.buildFromTemplate(template),
    iconFor,
    platform,
    services: appServices,
    openWindow,
    quit: () => app.quit(),
    now: Date.now,
  })
  repaint = trayView.render
  void theme.start()
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
    quitting = true
    watch.stop()
    trayView.stop()
    appServices.stop()
    if (folder.kind === 'owner') void folder.release()
  })
  appServices.start()
  trayView.render()
  // No tray icon to click (stock GNOME): show the window now; launching again also opens it.
  trayVisibility = await visibility
  if (trayVisibility === 'likely-invisible') {
    log.info('tray likely invisible: keeping a window open', {
      desktop: process.env['XDG_CURRENT_DESKTOP'],
    })
    openWindow()
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  // Launching PayLight again opens the window: the way back in where the tray cannot be clicked.
  app.on('second-instance', () => void app.whenReady().then(() => openWindow()))
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, trustedOrigins))
  // A tray app: closing the window destroys it but keeps PayLight running.
  app.on('window-all-closed', () => undefined)
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => log.error('start-up failed', { error: String(error) }))
}
