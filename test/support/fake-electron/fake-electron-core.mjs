// A fake of Electron's main-process modules that keeps Electron's rules: handlers are kept and
// tests emit the events (theme change, resume, second instance, notification click and failure);
// what only works before or only after `ready` throws otherwise, with Electron's words; a second
// `ipcMain.handle` on one channel throws. One instance per test (or per smoke-test process).
import { EventEmitter } from 'node:events'

/** Creates one fake Electron. Options: platform, isPackaged, notifications, resolveProxy, ... */
export function createFakeElectron(options = {}) {
  const platform = options.platform ?? process.platform
  let ready = false
  const record = {
    schemes: [],
    protocolHandlers: [],
    ipcChannels: [],
    trays: [],
    windows: [],
    notifications: [],
    sessions: [],
    appCalls: [],
    quitCalls: 0,
  }
  const mustBeReady = (what) => {
    if (!ready) throw new Error(`${what} before app is ready`)
  }
  const mustNotBeReady = (what) => {
    if (ready) throw new Error(`${what} can only be called before app is ready`)
  }

  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged ?? false,
    isReady: () => ready,
    whenReady: () =>
      new Promise((resolve) =>
        // Electron is ready some time after the main script ran, never synchronously.
        setImmediate(() => {
          if (!ready) {
            ready = true
            app.emit('ready')
          }
          resolve()
        }),
      ),
    enableSandbox: () => {
      mustNotBeReady('app.enableSandbox()')
      record.appCalls.push('enableSandbox')
    },
    setAppUserModelId: (id) => record.appCalls.push(`setAppUserModelId:${id}`),
    requestSingleInstanceLock: () => options.singleInstanceLock ?? true,
    getLocale: () => options.locale ?? 'zh-CN',
    getPath: (name) => {
      if (name === 'userData') return options.userData ?? process.env.PAYLIGHT_FAKE_USERDATA
      throw new Error(`fake app.getPath: unknown path ${name}`)
    },
    getAppPath: () => options.appPath ?? process.cwd(),
    quit: () => {
      record.quitCalls += 1
      app.emit('before-quit', { preventDefault: () => undefined })
    },
    // Only macOS has a dock; elsewhere `app.dock` is undefined.
    dock: platform === 'darwin' ? { hide: () => record.appCalls.push('dock.hide') } : undefined,
  })

  const protocol = {
    registerSchemesAsPrivileged: (schemes) => {
      mustNotBeReady('protocol.registerSchemesAsPrivileged')
      record.schemes.push(...schemes)
    },
    handle: (scheme, handler) => {
      mustBeReady('protocol.handle() called')
      if (record.protocolHandlers.some((h) => h.scheme === scheme))
        throw new Error(`Failed to register protocol: ${scheme}`)
      record.protocolHandlers.push({ scheme, handler })
    },
  }

  const sessions = new Map()
  const makeSession = (partition, sessionOptions) => {
    const ses = Object.assign(new EventEmitter(), {
      partition,
      options: sessionOptions ?? null,
      permissionRequestHandler: undefined,
      permissionCheckHandler: undefined,
      closeAllConnectionsCalls: 0,
      fetch: (url, init) => (options.fetch ?? offline)(url, init, ses),
      closeAllConnections: async () => {
        ses.closeAllConnectionsCalls += 1
        await options.closeAllConnections?.(ses)
      },
      resolveProxy: (url) => (options.resolveProxy ?? (async () => 'DIRECT'))(url, ses),
      setPermissionRequestHandler: (handler) => (ses.permissionRequestHandler = handler),
      setPermissionCheckHandler: (handler) => (ses.permissionCheckHandler = handler),
      userAgent: null,
      acceptLanguages: null,
      setUserAgent: (userAgent, acceptLanguages) => {
        ses.userAgent = userAgent
        if (acceptLanguages !== undefined) ses.acceptLanguages = acceptLanguages
      },
    })
    record.sessions.push(ses)
    return ses
  }
  let defaultSession = null
  const session = {
    get defaultSession() {
      mustBeReady('Session can only be received when app is ready; session.defaultSession read')
      defaultSession ??= makeSession('', null)
      return defaultSession
    },
    fromPartition: (partition, sessionOptions) => {
      mustBeReady('Session can only be received when app is ready; session.fromPartition called')
      if (!sessions.has(partition)) sessions.set(partition, makeSession(partition, sessionOptions))
      return sessions.get(partition)
    },
  }

  const handlers = new Map()
  const ipcMain = {
    handle: (channel, listener) => {
      if (handlers.has(channel))
        throw new Error(`Attempted to register a second handler for '${channel}'`)
      handlers.set(channel, listener)
      record.ipcChannels.push(channel)
    },
    removeHandler: (channel) => handlers.delete(channel),
  }

  const net = {
    fetch: (url, init) => session.defaultSession.fetch(url, init),
    isOnline: () => options.online ?? false,
  }

  const nativeTheme = Object.assign(new EventEmitter(), {
    shouldUseDarkColors: options.dark ?? false,
  })
  const powerMonitor = new EventEmitter()

  let activationHandler = null
  class Notification extends EventEmitter {
    constructor(init = {}) {
      super()
      this.options = init
      this.shown = false
      record.notifications.push(this)
    }
    static isSupported() {
      return options.notifications !== 'unsupported'
    }
    show() {
      this.shown = true
      // Delivery is reported later, as the OS answers: 'show', or 'failed' (macOS, Windows).
      setImmediate(() => {
        if (options.notifications === 'failing') this.emit('failed', {}, 'app is not signed')
        else this.emit('show', {})
      })
    }
    close() {
      this.emit('close', {})
    }
  }
  // A Windows-only static in Electron 45's typings; absent elsewhere, so a call needs a guard.
  if (platform === 'win32') Notification.handleActivation = (cb) => (activationHandler = cb)

  class Tray extends EventEmitter {
    constructor(image) {
      mustBeReady('Cannot create Tray')
      super()
      this.images = [String(image)]
      this.tooltips = []
      this.menus = []
      this.titles = []
      record.trays.push(this)
    }
    setImage(image) {
      this.images.push(String(image))
    }
    setToolTip(text) {
      this.tooltips.push(text)
    }
    setTitle(title) {
      // Electron documents Tray.setTitle as macOS only (@platform darwin).
      if (platform !== 'darwin')
        throw new Error(`Tray.setTitle is macOS only, called on ${platform}`)
      this.titles.push(title)
    }
    setContextMenu(menu) {
      this.menus.push(menu)
    }
    destroy() {}
  }

  let nextWebContentsId = 1
  class BrowserWindow extends EventEmitter {
    constructor(windowOptions) {
      mustBeReady('Cannot create BrowserWindow')
      super()
      this.options = windowOptions
      this.url = null
      this.visible = false
      this.minimized = false
      this.destroyed = false
      this.sent = []
      this.webContents = {
        id: nextWebContentsId++,
        send: (channel, payload) => this.sent.push({ channel, payload }),
      }
      record.windows.push(this)
    }
    loadURL(url) {
      this.url = url
      setImmediate(() => this.emit('ready-to-show'))
      return Promise.resolve()
    }
    show() {
      this.visible = true
      this.minimized = false
    }
    focus() {}
    restore() {
      this.minimized = false
    }
    minimize() {
      this.minimized = true
    }
    isMinimized() {
      return this.minimized
    }
    isDestroyed() {
      return this.destroyed
    }
    close() {
      let prevented = false
      this.emit('close', { preventDefault: () => (prevented = true) })
      if (prevented) return
      this.destroyed = true
      this.emit('closed')
    }
  }

  const electron = {
    app,
    protocol,
    session,
    ipcMain,
    net,
    nativeTheme,
    powerMonitor,
    Notification,
    Tray,
    BrowserWindow,
    Menu: { buildFromTemplate: (template) => template },
    shell: { openExternal: async () => undefined },
    dialog: {
      showSaveDialog: async () => ({ canceled: true, filePath: '' }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    },
    // Only the asynchronous API: the synchronous calls are deprecated in Electron 45 and the app
    // must not use them (calling one here throws, as an undefined function would).
    safeStorage: {
      isAsyncEncryptionAvailable: async () => options.encryption ?? true,
      getSelectedStorageBackend: () => (platform === 'linux' ? 'gnome_libsecret' : 'unknown'),
      encryptStringAsync: async (s) => Buffer.from(`enc:${s}`, 'utf8'),
      decryptStringAsync: async (b) => ({
        result: b.toString('utf8').replace(/^enc:/, ''),
        shouldReEncrypt: false,
      }),
    },
  }

  /** What tests do to the fake: the events the OS and the user would cause. */
  const control = {
    record,
    handlers,
    isReady: () => ready,
    setTheme: (dark) => {
      nativeTheme.shouldUseDarkColors = dark
      nativeTheme.emit('updated')
    },
    resume: () => powerMonitor.emit('resume'),
    suspend: () => powerMonitor.emit('suspend'),
    secondInstance: (argv = []) => app.emit('second-instance', {}, argv, process.cwd()),
    clickTray: (tray = record.trays.at(-1)) => tray?.emit('click', {}, {}, { x: 0, y: 0 }),
    clickNotification: (n = record.notifications.at(-1)) => n?.emit('click', {}),
    activateToast: (details) => activationHandler?.(details),
    hasActivationHandler: () => activationHandler !== null,
  }
  return { electron, control }
}

async function offline() {
  throw new TypeError('net::ERR_INTERNET_DISCONNECTED')
}
