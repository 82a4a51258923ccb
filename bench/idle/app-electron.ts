// The `electron` module of the built main bundle when the idle bench runs it on Node: the fake
// Electron the bundle's smoke test uses (test/support/fake-electron), online, with its checks'
// session answering from the bench's loopback sources. Unlike the smoke test's entry it plays no
// user and never exits: the bench watches it idle and stops it.
import { createFakeElectron } from '../../test/support/fake-electron/fake-electron-core.mjs'
import { loopbackFetch } from './loopback-fetch'

const env = process.env
// A simulated day moves the sources to a new world every `PAYLIGHT_BENCH_EPOCH_MS` of the app's
// clock; the idle bench keeps one world.
const epochMs = Number(env['PAYLIGHT_BENCH_EPOCH_MS'] ?? 0)
const fetch = loopbackFetch(Number(env['PAYLIGHT_BENCH_SOURCES_PORT']), () =>
  epochMs > 0 ? Math.floor(Date.now() / epochMs) : 0,
)
const { electron, control } = createFakeElectron({
  platform: process.platform,
  online: true,
  userData: env['PAYLIGHT_FAKE_USERDATA'],
  appPath: process.cwd(),
  fetch: (url, init) => fetch(url, init),
})

// The fake keeps every call it sees for the smoke test's report; over a simulated day that record
// would be the growth the bench measures. Here it keeps only the latest of each.
const latest = (list: unknown[]): void => void list.splice(0, list.length - 1)
class LatestTray extends electron.Tray {
  override setImage(image: unknown): void {
    super.setImage(image)
    latest(this.images)
  }
  override setToolTip(text: string): void {
    super.setToolTip(text)
    latest(this.tooltips)
  }
  override setTitle(title: string): void {
    super.setTitle(title)
    latest(this.titles)
  }
  override setContextMenu(menu: unknown): void {
    super.setContextMenu(menu)
    latest(this.menus)
  }
}
class LatestNotification extends electron.Notification {
  override show(): void {
    super.show()
    latest(control.record.notifications)
  }
}
electron.Tray = LatestTray
electron.Notification = LatestNotification

// Electron quits gracefully on SIGTERM and SIGINT; so does this one, so that what the app started
// (the network watch's child process) ends with it when the bench stops it.
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.once(signal, () => {
    electron.app.quit()
    process.exit(0)
  })

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
