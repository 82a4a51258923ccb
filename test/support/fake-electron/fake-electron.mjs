// The `electron` module for the built-bundle smoke test: one fake Electron (see
// fake-electron-core.mjs) on the platform and layout register.mjs set up. Once the app has run
// for a moment it plays a user and the OS (untrusted IPC, a theme switch, a second launch, a menu
// click), writes what the app did to $PAYLIGHT_FAKE_REPORT and exits.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createFakeElectron } from './fake-electron-core.mjs'

const env = process.env
const { electron, control } = createFakeElectron({
  platform: process.platform,
  isPackaged: env.PAYLIGHT_FAKE_PACKAGED === '1',
  notifications: env.PAYLIGHT_FAKE_NOTIFICATIONS ?? 'shown',
  userData: env.PAYLIGHT_FAKE_USERDATA,
  appPath: env.PAYLIGHT_FAKE_APP_PATH ?? process.cwd(),
})

const report = { platform: process.platform, errors: [], logs: [] }
process.on('uncaughtException', (e) => report.errors.push(String(e?.stack ?? e)))
process.on('unhandledRejection', (e) => report.errors.push(String(e?.stack ?? e)))
// The report collects the app's warnings and errors (a missing resource is logged as one).
for (const level of ['warn', 'error'])
  // eslint-disable-next-line no-console
  console[level] = (...args) =>
    report.logs.push(
      `${level}: ${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}`,
    )

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const items = (menu) => (menu ?? []).map(({ label, enabled, type }) => ({ label, enabled, type }))
const trayReport = (tray) =>
  tray && {
    images: [...tray.images],
    tooltips: [...tray.tooltips],
    titles: [...tray.titles],
    menu: items(tray.menus.at(-1)),
    clickListeners: tray.listenerCount('click'),
    iconEmpty: tray.iconEmpty,
  }
const windowsReport = () =>
  control.record.windows.map((w) => ({
    url: w.url,
    webPreferences: w.options.webPreferences,
    visible: w.visible,
    destroyed: w.destroyed,
    minimized: w.minimized,
  }))

async function play() {
  const { record, handlers } = control
  const tray = record.trays[0]
  report.schemes = record.schemes
  report.protocolHandlers = record.protocolHandlers.map((h) => h.scheme)
  report.ipcChannels = [...record.ipcChannels]
  report.appCalls = [...record.appCalls]
  report.appListeners = [
    'second-instance',
    'window-all-closed',
    'web-contents-created',
    'before-quit',
  ].filter((event) => electron.app.listenerCount(event) > 0)
  report.sessions = record.sessions.map((s) => ({
    partition: s.partition,
    options: s.options,
    deniesPermissions:
      s.permissionCheckHandler?.() === false && typeof s.permissionRequestHandler === 'function',
  }))
  report.windowsAtStart = windowsReport()
  report.trayAtStart = trayReport(tray)

  // Through IPC as the renderer's invoke reaches it: payload and reply structured-cloned.
  report.ipcProbe = handlers.has('paylight:get-state')
    ? await control.invoke('paylight:get-state', undefined, {
        sender: { id: 999 },
        senderFrame: { url: 'https://evil.example/' },
      })
    : null
  const app = record.protocolHandlers.find((h) => h.scheme === 'app')?.handler
  if (app) {
    const response = await app({ url: 'app://paylight/index.html' })
    report.protocolProbe = {
      status: response.status,
      hasCsp: (await response.text()).includes('Content-Security-Policy'),
      escapes: (await app({ url: 'app://paylight/%2e%2e%2f%2e%2e%2fpackage.json' })).status,
    }
  }

  // The OS switches to dark mode: the tray must re-apply its icon.
  const imagesBefore = tray?.images.length ?? 0
  control.setTheme(true)
  await pause(300)
  report.imagesAfterThemeChange = tray?.images.slice(imagesBefore) ?? []

  // The user closes the window (if one was opened); the system starts a copy at login (--hidden),
  // which opens nothing; then the user launches PayLight again.
  for (const w of record.windows) if (!w.destroyed) w.close()
  report.windowsAfterClose = windowsReport()
  control.secondInstance(['--hidden'])
  await pause(100)
  report.windowsAfterHiddenLaunch = windowsReport()
  control.secondInstance()
  await pause(100)
  report.windowsAfterSecondInstance = windowsReport()
  const shown = record.windows.find((w) => !w.destroyed)
  report.windowFocus = shown
    ? {
        alwaysOnTop: shown.alwaysOnTop,
        focusCalls: shown.focusCalls,
        appCalls: [...record.appCalls],
      }
    : null
  // Its renderer crashes: the window is reloaded, not lost.
  if (shown) control.renderProcessGone(shown.webContents.id, 'crashed')
  report.reloadsAfterCrash = shown?.reloads ?? 0
  // Esc closes it and its place is kept for next time; macOS re-opening the app opens it again.
  shown?.webContents.emit('before-input-event', {}, { type: 'keyDown', key: 'Escape' })
  await pause(100)
  report.windowStateSaved = existsSync(path.join(env.PAYLIGHT_FAKE_USERDATA, 'window-state.json'))
  control.activate()
  await pause(100)
  report.windowsAfterActivate = windowsReport()
  report.applicationMenu = (record.applicationMenu ?? []).map((m) => ({
    label: m.label,
    items: (m.submenu ?? []).map((i) => i.label ?? i.role ?? i.type),
  }))
  // The tray's "检查更新…": a build without a publish target says so in a message box.
  tray?.menus
    .at(-1)
    ?.find((item) => item.label === '检查更新…')
    ?.click?.()
  await pause(100)
  report.messageBoxes = record.messageBoxes.map((b) => b.message)

  // The menu's own "Open" item.
  const open = tray?.menus.at(-1)?.find((item) => item.label === '打开付款红绿灯')
  open?.click?.()
  await pause(100)
  // The window asks for its first state as the preload does: the reply crosses by structured clone.
  const window = record.windows.find((w) => !w.destroyed)
  const first = window
    ? await control.invoke('paylight:get-state', undefined, {
        sender: { id: window.webContents.id },
        senderFrame: { url: 'app://paylight/index.html' },
      })
    : null
  report.windowState = first && { revision: first.revision, light: first.verdict?.light }
  report.trayAtEnd = trayReport(tray)

  // The tray's Quit: before-quit, every window closed (none may veto), will-quit, quit.
  tray?.menus
    .at(-1)
    ?.find((item) => item.label === '退出')
    ?.click?.()
  await pause(200)
  report.quitSteps = [...record.quitSteps]
  report.windowsAtQuit = windowsReport()
  const logFile = path.join(env.PAYLIGHT_FAKE_USERDATA, 'logs', 'paylight.log')
  report.logFile = existsSync(logFile)
    ? readFileSync(logFile, 'utf8').split(/\r?\n/).filter(Boolean)
    : null
}

// Ready comes when the fake says so; the scenario runs once the app had time to start.
electron.app.once('ready', () =>
  setTimeout(
    async () => {
      try {
        await play()
      } catch (e) {
        report.errors.push(String(e?.stack ?? e))
      }
      setTimeout(() => {
        // The user quits: what the app started (the network watch's child process) ends with it.
        electron.app.quit()
        writeFileSync(env.PAYLIGHT_FAKE_REPORT, JSON.stringify(report, null, 2))
        process.exit(0)
      }, 200)
    },
    Number(env.PAYLIGHT_FAKE_RUN_MS ?? 1500),
  ),
)

export const {
  app,
  protocol,
  session,
  ipcMain,
  net,
  nativeTheme,
  powerMonitor,
  Notification,
  shell,
  dialog,
  safeStorage,
  Menu,
  Tray,
  BrowserWindow,
  screen,
} = electron
export default electron
