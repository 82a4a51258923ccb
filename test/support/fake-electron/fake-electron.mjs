// The `electron` module for the built-bundle smoke test: one fake Electron (see
// fake-electron-core.mjs) on the platform and layout register.mjs set up. Once the app has run
// for a moment it plays a user and the OS (untrusted IPC, a theme switch, a second launch, a menu
// click), writes what the app did to $PAYLIGHT_FAKE_REPORT and exits.
import { writeFileSync } from 'node:fs'
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

  const probe = handlers.get('paylight:get-state')
  report.ipcProbe = probe
    ? await probe({ sender: { id: 999 }, senderFrame: { url: 'https://evil.example/' } }, undefined)
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

  // The user closes the window (if one was opened), then launches PayLight again.
  for (const w of record.windows) if (!w.destroyed) w.close()
  report.windowsAfterClose = windowsReport()
  control.secondInstance()
  await pause(100)
  report.windowsAfterSecondInstance = windowsReport()

  // The menu's own "Open" item.
  const open = tray?.menus.at(-1)?.find((item) => item.label === '打开付款红绿灯')
  open?.click?.()
  report.trayAtEnd = trayReport(tray)
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
} = electron
export default electron
