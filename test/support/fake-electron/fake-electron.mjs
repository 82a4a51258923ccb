// A recording stand-in for Electron's main-process modules, for the built-bundle smoke test.
// It answers like Electron would on a machine with no network, then writes what the app did to
// $PAYLIGHT_FAKE_REPORT and exits.
import { writeFileSync } from 'node:fs'

const report = {
  schemes: [],
  protocolHandlers: [],
  ipcChannels: [],
  tray: { images: [], tooltips: [], menus: [] },
  windows: [],
  appEvents: [],
  errors: [],
  ipcProbe: null,
  protocolProbe: null,
}
const handlers = new Map()
let protocolHandler = null
process.on('uncaughtException', (e) => report.errors.push(String(e?.stack ?? e)))
process.on('unhandledRejection', (e) => report.errors.push(String(e?.stack ?? e)))

const finish = async () => {
  try {
    const probe = handlers.get('paylight:get-state')
    report.ipcProbe = probe
      ? await probe(
          { sender: { id: 999 }, senderFrame: { url: 'https://evil.example/' } },
          undefined,
        )
      : null
    if (protocolHandler) {
      const response = await protocolHandler({ url: 'app://paylight/index.html' })
      const text = await response.text()
      report.protocolProbe = {
        status: response.status,
        hasCsp: text.includes('Content-Security-Policy'),
        escapes: (await protocolHandler({ url: 'app://paylight/%2e%2e%2f%2e%2e%2fpackage.json' }))
          .status,
      }
    }
    const open = report.tray.menus.at(-1)?.find((item) => item.label === '打开付款红绿灯')
    open?.click?.()
  } catch (e) {
    report.errors.push(String(e?.stack ?? e))
  }
  setTimeout(() => {
    writeFileSync(process.env.PAYLIGHT_FAKE_REPORT, JSON.stringify(report, null, 2))
    process.exit(0)
  }, 300)
}

export const app = {
  isPackaged: false,
  enableSandbox: () => report.appEvents.push('enableSandbox'),
  setAppUserModelId: () => undefined,
  requestSingleInstanceLock: () => true,
  on: (event) => report.appEvents.push(event),
  whenReady: () => {
    setTimeout(finish, Number(process.env.PAYLIGHT_FAKE_RUN_MS ?? 1500))
    return Promise.resolve()
  },
  getLocale: () => 'zh-CN',
  getPath: () => process.env.PAYLIGHT_FAKE_USERDATA,
  getAppPath: () => process.cwd(),
  quit: () => report.appEvents.push('quit() called'),
  dock: undefined,
}
export const protocol = {
  registerSchemesAsPrivileged: (schemes) => report.schemes.push(...schemes),
  handle: (scheme, handler) => {
    report.protocolHandlers.push(scheme)
    protocolHandler = handler
  },
}
export const session = {
  defaultSession: {
    resolveProxy: async () => 'DIRECT',
    setPermissionRequestHandler: () => report.appEvents.push('permission-request-handler'),
    setPermissionCheckHandler: () => report.appEvents.push('permission-check-handler'),
  },
}
export const ipcMain = {
  handle: (channel, listener) => (
    report.ipcChannels.push(channel),
    handlers.set(channel, listener)
  ),
}
export const net = {
  fetch: async () => Promise.reject(new TypeError('net::ERR_INTERNET_DISCONNECTED')),
  isOnline: () => false,
}
export const nativeTheme = { shouldUseDarkColors: false, on: () => undefined }
export const powerMonitor = { on: () => undefined }
export const Notification = class {
  static isSupported() {
    return false
  }
  show() {}
}
export const shell = { openExternal: async () => undefined }
export const dialog = {
  showSaveDialog: async () => ({}),
  showOpenDialog: async () => ({ filePaths: [] }),
}
// Only the asynchronous API: the synchronous calls are deprecated in Electron 45 and the app must
// not use them (this fake would throw on them).
export const safeStorage = {
  isAsyncEncryptionAvailable: async () => true,
  getSelectedStorageBackend: () => 'basic_text',
  encryptStringAsync: async (s) => Buffer.from(s, 'utf8'),
  decryptStringAsync: async (b) => ({ result: b.toString('utf8'), shouldReEncrypt: false }),
}
export const Menu = { buildFromTemplate: (template) => template }
export class Tray {
  constructor(image) {
    report.tray.images.push(String(image))
  }
  on() {}
  setImage(image) {
    report.tray.images.push(String(image))
  }
  setToolTip(text) {
    report.tray.tooltips.push(text)
  }
  setContextMenu(menu) {
    report.tray.menus.push(menu)
  }
}
export class BrowserWindow {
  constructor(options) {
    this.record = { options, url: null }
    report.windows.push(this.record)
    this.webContents = { id: 1, send: () => undefined }
  }
  on() {}
  once() {}
  show() {}
  focus() {}
  isMinimized() {
    return false
  }
  loadURL(url) {
    this.record.url = url
    return Promise.resolve()
  }
}
export default {
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
}
