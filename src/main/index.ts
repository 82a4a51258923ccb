// Electron glue, read top to bottom: what must come before `ready`, the shell, then one setup call
// per piece, each given Electron (narrowed by the piece to what it uses) and what the pieces above
// it made. Every piece is a small module with unit tests over narrow fakes; the services run
// unchanged in e2e.
import os from 'node:os'
import path from 'node:path'
import * as electron from 'electron'
import electronLog from 'electron-log/node'
import { createLogger } from '../shared/util/logger'
import { realTimers as timers } from '../shared/monitor/timers'
import { desktopDeps } from './setup/desktop-deps'
import { spawnMonitor } from './network-watch/spawn-monitor'
import { createNoticeRelay } from './setup/notice-relay'
import { runCommand as run } from './setup/run-command'
import { setupEarlyDesktop } from './setup/setup-desktop'
import { setupDesktopGlue } from './setup/setup-desktop-glue'
import { setupMainWindow } from './setup/setup-main-window'
import { checkForUpdatesFromMenu } from './setup/setup-menus'
import { setupSystemNotices } from './setup/setup-notifications'
import { setupPower } from './setup/setup-power'
import { resourcesDir as resourcesIn } from './setup/setup-resources'
import { setupServices } from './setup/setup-services'
import { setupShell, trustedOrigins as trustedOriginsOf } from './shell/setup-shell'
import { setupStartingTray } from './tray/setup-starting-tray'
import { setupTray } from './tray/setup-tray'
import { detectTrayVisibility } from './tray/tray-visibility'

const { app } = electron
const log = createLogger('main')
const platform = process.platform
// A second launch before the window exists waits in the launch queue (`early.launches`).
const early = setupEarlyDesktop(app, { platform, process, electronLog })
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
const trustedOrigins = trustedOriginsOf(devServerUrl)
const resourcesDir = resourcesIn(app.isPackaged, process.resourcesPath, app.getAppPath())
/** The machine the pieces run on: its platform, the shipped resources, the clock's timers. */
const host = { platform, timers, resourcesDir }

/** Everything after `ready`, in order: the tray first, the way in through a second launch last. */
async function onReady() {
  const visibility = detectTrayVisibility(platform, process.env, run)
  const { icon, starting } = setupStartingTray(electron, { ...host, run })
  const notices = createNoticeRelay()
  const desktop = desktopDeps(electron, { ...host, logFolder: early.logFile.folder, process })
  const servicesDeps = { ...host, notify: notices.send, desktop, smokeSources: early.smoke.sources }
  const services = await setupServices(electron, servicesDeps)
  void services.profilesLoaded.then(starting.ready)
  const lang = () => services.state().lang
  const preload = path.join(__dirname, '../preload/index.cjs')
  const windowDeps = { platform, services, lang, preload, devServerUrl, trustedOrigins }
  const { mainWindow, openWindow } = await setupMainWindow(electron, windowDeps)
  notices.connect(setupSystemNotices(electron, { platform, run, lang, services, openWindow }))
  const check = services.checkForUpdates
  const checkForUpdates = checkForUpdatesFromMenu(electron, { check, lang })
  const trayDeps = { ...host, run, icon, services, openWindow, checkForUpdates, now: Date.now }
  const tray = setupTray(electron, trayDeps)
  const powerDeps = {
    ...host,
    os,
    monitor: services.monitor,
    spawn: spawnMonitor,
    pid: process.pid,
  }
  const power = setupPower(electron, { ...powerDeps, now: Date.now })
  const glueDeps = { platform, services, openWindow, checkForUpdates, smoke: early.smoke }
  setupDesktopGlue(electron, { ...glueDeps, window: mainWindow, tray: tray.tray })
  // A keychain locked at login may be unlocked by now: files it blocked are read again.
  app.on('browser-window-focus', () => services.focus())
  app.on('before-quit', () => {
    mainWindow.quitting()
    power.stop()
    tray.stop()
    services.stop()
  })
  services.start()
  early.launches.ready(() => openWindow())
  // No tray icon to click (stock GNOME): keep a window open; launching again also opens it.
  if ((await visibility) === 'likely-invisible') {
    log.info('tray likely invisible: keeping a window open', {
      desktop: process.env['XDG_CURRENT_DESKTOP'],
    })
    mainWindow.keepOnClose()
    openWindow()
  }
  return { tray }
}

const rendererDir = path.join(__dirname, '../renderer')
const shell = setupShell(electron, { platform, rendererDir, trustedOrigins })
const failed = (error: unknown) => log.error('start-up failed', { error: String(error) })
// Held for the life of the app, with the tray in it: a collected tray leaves the menu bar.
export const running = shell.primary ? shell.ready.then(onReady) : null
running?.catch(failed)
