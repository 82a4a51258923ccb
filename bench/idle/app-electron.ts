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
const { electron } = createFakeElectron({
  platform: process.platform,
  online: true,
  userData: env['PAYLIGHT_FAKE_USERDATA'],
  appPath: process.cwd(),
  fetch: (url, init) => fetch(url, init),
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
