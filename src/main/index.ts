// Electron glue: wires Electron's modules to the Electron-free services. Kept thin on purpose; the
// logic it calls is unit-tested and the services run unchanged in the end-to-end tests.
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
import { eventChannels } from '../shared/ipc'
import { createLogger } from '../shared/logger'
import type { Timers } from '../shared/monitor/monitor'
import { defaultSources } from '../shared/net/sources'
import { trayView } from '../shared/tray-view'
import { APP_ORIGIN, APP_SCHEME, createAppRequestHandler } from './app-protocol'
import { createAppServices, type AppServices } from './app-services'
import { emptyGeoDb, openGeoDb } from './geo-db'
import { createInterfaceWatch } from './interface-watch'
import { createSenderGuard, registerHandlers } from './ipc-handlers'
import { createLinkOpener } from './open-external'
import { createSettingsStore } from './settings-store'
import { createProfileStore } from './profile-store'
import { createTrayController } from './tray-controller'
import { trayIconPath } from './tray-icons'
import { denyAllPermissions, guardWebContents } from './web-guards'
import { createMainWindow } from './window-options'

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
let window: BrowserWindow | null = null
let tray: Tray | null = null

function resourcesDir(): string {
  return app.isPackaged ? process.resourcesPath : path.join(app.getAppPath(), 'resources')
}

function openWindow(): void {
  if (window) {
    if (window.isMinimized()) window.restore()
    window.show()
    window.focus()
    return
  }
  const title = translate(services?.state().lang ?? 'zh', 'app.name')
  const created = createMainWindow(
    BrowserWindow,
    path.join(__dirname, '../preload/index.cjs'),
    title,
  )
  window = created
  created.on('closed', () => {
    window = null
  })
  created.once('ready-to-show', () => created.show())
  void created.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)
}

async function start(): Promise<void> {
  if (process.platform === 'darwin') app.dock?.hide()
  // Windows shows notifications only for an app with a user model id.
  if (process.platform === 'win32') app.setAppUserModelId('app.paylight.desktop')
  protocol.handle(APP_SCHEME, createAppRequestHandler(path.join(__dirname, '../renderer')))
  denyAllPermissions(session.defaultSession)

  let geo = emptyGeoDb
  try {
    geo = openGeoDb(path.join(resourcesDir(), 'geo-whois-asn-country.mmdb'))
  } catch (error) {
    log.error('offline country database missing; countries come from traces only', {
      error: String(error),
    })
  }

  const appServices = await createAppServices({
    fetch: (url, init) => net.fetch(url, init),
    resolveProxy: (url) => session.defaultSession.resolveProxy(url),
    locate: geo.locate,
    sources: defaultSources,
    geoProviders: defaultGeoProviders,
    now: Date.now,
    timers,
    systemLocale: app.getLocale(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone ?? null,
    settingsStore: createSettingsStore(app.getPath('userData')),
    profileStore: createProfileStore(app.getPath('userData'), {
      isAvailable: () => safeStorage.isEncryptionAvailable(),
      backend: () =>
        process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os',
      encrypt: (plain) => safeStorage.encryptString(plain),
      decrypt: (data) => safeStorage.decryptString(data),
    }),
    files: {
      chooseExportFile: async () =>
        (
          await dialog.showSaveDialog({
            defaultPath: 'paylight-profiles.json',
            filters: [{ name: 'JSON', extensions: ['json'] }],
          })
        ).filePath ?? null,
      chooseImportFile: async () =>
        (
          await dialog.showOpenDialog({
            properties: ['openFile'],
            filters: [{ name: 'JSON', extensions: ['json'] }],
          })
        ).filePaths[0] ?? null,
    },
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
    createSenderGuard((id) => window?.webContents.id === id, trustedOrigins),
  )

  const iconFor = (light: Parameters<typeof trayIconPath>[1]) =>
    trayIconPath(resourcesDir(), light, process.platform, nativeTheme.shouldUseDarkColors)
  tray = new Tray(iconFor('grey'))
  tray.on('click', openWindow)
  const trayController = createTrayController({
    tray,
    buildMenu: (template) => Menu.buildFromTemplate(template),
    iconFor,
    ...(process.platform === 'win32' ? { maxTooltip: 127 } : {}),
    actions: {
      checkNow: () => void appServices.ipc.checkNow(undefined),
      open: openWindow,
      setPaused: (paused) => void appServices.ipc.setPaused(paused),
      quit: () => app.quit(),
    },
  })
  const render = () => {
    const state = appServices.state()
    trayController.render(trayView(state, Date.now()), state.lang)
    window?.webContents.send(eventChannels.state, state)
  }
  appServices.subscribe(render)
  nativeTheme.on('updated', render)

  powerMonitor.on('suspend', () => appServices.monitor.suspend())
  powerMonitor.on('resume', () => appServices.monitor.resume())
  const watch = createInterfaceWatch({
    readInterfaces: () => os.networkInterfaces(),
    isOnline: () => net.isOnline(),
    timers,
    onEvent: (event) => {
      // Give Wi-Fi / the VPN a moment to finish reconnecting before asking.
      timers.setTimeout(() => void appServices.monitor.trigger(event), 2000)
    },
  })
  watch.start()
  app.on('before-quit', () => {
    watch.stop()
    appServices.stop()
  })
  appServices.start()
  render()
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', openWindow)
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, trustedOrigins))
  // A tray app: closing the window destroys it but keeps PayLight running.
  app.on('window-all-closed', () => undefined)
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => log.error('start-up failed', { error: String(error) }))
}
