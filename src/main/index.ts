// Electron glue, read top to bottom: the shell before `ready`, then one setup call per piece, each
// given Electron (narrowed by the piece to what it uses) and what the pieces above it made. Every
// piece is a small module with unit tests over narrow fakes; the services run unchanged in e2e.
import os from 'node:os'
import path from 'node:path'
import * as electron from 'electron'
import { translate } from '../shared/i18n/translate'
import { createLogger } from '../shared/logger'
import { realTimers as timers } from '../shared/monitor/timers'
import type { NoticeRecord } from '../shared/notices'
import { createSenderGuard, registerHandlers } from './ipc-handlers'
import { spawnMonitor } from './network-watch/spawn-monitor'
import { createNoticeRelay } from './setup/notice-relay'
import { runCommand as run } from './setup/run-command'
import { setupNotifications } from './setup/setup-notifications'
import { setupPower } from './setup/setup-power'
import { resourcesDir as resourcesIn } from './setup/setup-resources'
import { setupServices } from './setup/setup-services'
import { setupWindow, windowOpener } from './setup/setup-window'
import { APP_ORIGIN } from './shell/app-protocol'
import { setupShell, trustedOrigins as trustedOriginsOf } from './shell/setup-shell'
import { setupTray } from './tray/setup-tray'
import { detectTrayVisibility } from './tray/tray-visibility'

const { app, Notification } = electron
const log = createLogger('main')
const platform = process.platform
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
const trustedOrigins = trustedOriginsOf(devServerUrl)
/** The machine the pieces run on: its platform, the shipped resources, the clock's timers. */
const host = {
  platform,
  resourcesDir: resourcesIn(app.isPackaged, process.resourcesPath, app.getAppPath()),
  timers,
}

/** Everything after `ready`, in order; resolves with what a second launch needs. */
async function onReady() {
  const visibility = detectTrayVisibility(platform, process.env, run)
  const notices = createNoticeRelay()
  const services = await setupServices(electron, { ...host, notify: notices.send })
  const lang = () => services.state().lang
  const mainWindow = setupWindow({
    BrowserWindow: electron.BrowserWindow,
    preload: path.join(__dirname, '../preload/index.cjs'),
    url: devServerUrl ?? `${APP_ORIGIN}/index.html`,
    title: () => translate(lang(), 'app.name'),
    dark: () => electron.nativeTheme.shouldUseDarkColors,
  })
  const openWindow = windowOpener(mainWindow, services.notices)
  const { find, undelivered } = services.notices
  const open = (notice: NoticeRecord | null) => openWindow(notice?.page ?? 'status')
  notices.connect(
    setupNotifications({ Notification, platform, undelivered, find, open, lang }).deliver,
  )
  const guard = createSenderGuard(mainWindow.isOurs, trustedOrigins)
  registerHandlers((channel, fn) => electron.ipcMain.handle(channel, fn), services.ipc, guard)
  services.subscribe(mainWindow.push)
  const tray = setupTray(electron, { ...host, run, services, openWindow, now: Date.now })
  const power = setupPower(electron, {
    ...host,
    os,
    monitor: services.monitor,
    spawn: spawnMonitor,
    now: Date.now,
    pid: process.pid,
  })
  // A keychain locked at login may be unlocked by now: files it blocked are read again.
  app.on('browser-window-focus', () => services.focus())
  app.on('before-quit', () => {
    mainWindow.quitting()
    power.stop()
    tray.stop()
    services.stop()
  })
  services.start()
  // No tray icon to click (stock GNOME): keep a window open; launching again also opens it.
  if ((await visibility) === 'likely-invisible') {
    log.info('tray likely invisible: keeping a window open', {
      desktop: process.env['XDG_CURRENT_DESKTOP'],
    })
    mainWindow.keepOnClose()
    openWindow()
  }
  return { openWindow, tray }
}

const rendererDir = path.join(__dirname, '../renderer')
const shell = setupShell(electron, { platform, rendererDir, trustedOrigins })
const failed = (error: unknown) => log.error('start-up failed', { error: String(error) })
if (shell.primary) {
  // Held for the life of the app, with the tray in it: a collected tray leaves the menu bar.
  const started = shell.ready.then(onReady)
  started.catch(failed)
  // Launching PayLight again opens the window: the way back in where the tray cannot be clicked.
  shell.onSecondLaunch(() => void started.then((running) => running.openWindow(), failed))
}
