// A fake of Electron's main-process modules that keeps Electron's rules: handlers are kept and
// tests emit the events (theme change, resume, second instance, notification click and failure);
// what only works before or only after `ready` throws otherwise, with Electron's words; a second
// `ipcMain.handle` on one channel throws. Where Electron's documented behaviour matters to the app
// it is kept too: a session's fetch resolves at the headers and counts as in flight until its body
// is read, and `closeAllConnections` fails whatever is in flight; `app.quit` runs before-quit →
// each window's vetoable close → will-quit → quit; Linux notifications never report 'failed'; a
// macOS tray with a menu emits no 'click'; a tray image that cannot be read is an empty icon; IPC
// payloads are structured-cloned. One instance per test (or per smoke-test process).
import { EventEmitter } from 'node:events'
import { existsSync } from 'node:fs'
import { trackedResponse } from './fake-net.mjs'

/** Creates one fake Electron. Options: platform, isPackaged, notifications, resolveProxy, ... */
export function createFakeElectron(options = {}) {
  const platform = options.platform ?? process.platform
  let ready = false
  let loginItem = null
  const displays = () =>
    options.displays ?? [
      {
        id: 1,
        bounds: { x: 0, y: 0, width: 1920, height: 1080 },
        workArea: { x: 0, y: 0, width: 1920, height: 1040 },
      },
    ]
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
    quitSteps: [],
    applicationMenus: [],
    openedPaths: [],
    messageBoxes: [],
  }
  const vetoableEvent = () => {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) }
    return event
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
    // Windows only; an empty or unparsable CLSID throws, as Electron documents.
    ...(platform === 'win32'
      ? {
          setToastActivatorCLSID: (id) => {
            const guid = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i
            if (!guid.test(id)) throw new Error(`Invalid CLSID: ${id}`)
            record.appCalls.push(`setToastActivatorCLSID:${id}`)
          },
        }
      : {}),
    requestSingleInstanceLock: () => options.singleInstanceLock ?? true,
    // Login items: macOS (SMAppService status) and Windows (a Run key compared with its args);
    // documented for those two only, so Linux keeps nothing and always answers "off".
    setLoginItemSettings: (settings) => {
      record.appCalls.push(`setLoginItemSettings:${JSON.stringify(settings)}`)
      if (platform !== 'linux') loginItem = { ...settings }
    },
    getLoginItemSettings: (query = {}) => {
      const on = Boolean(loginItem?.openAtLogin)
      const sameArgs = JSON.stringify(query.args ?? []) === JSON.stringify(loginItem?.args ?? [])
      const status = !on ? 'not-registered' : (options.loginItemStatus ?? 'enabled')
      return {
        openAtLogin: platform === 'win32' ? on && sameArgs : on && status === 'enabled',
        executableWillLaunchAtLogin: platform === 'win32' && on,
        wasOpenedAtLogin: platform === 'darwin' && Boolean(options.openedAtLogin),
        status,
        launchItems: [],
      }
    },
    getLocale: () => options.locale ?? 'zh-CN',
    getPath: (name) => {
      if (name === 'userData') return options.userData ?? process.env.PAYLIGHT_FAKE_USERDATA
      throw new Error(`fake app.getPath: unknown path ${name}`)
    },
    setPath: (name, path) => {
      if (name !== 'userData') throw new Error(`fake app.setPath: unknown path ${name}`)
      options.userData = path
    },
    getAppPath: () => options.appPath ?? process.cwd(),
    getVersion: () => options.version ?? '0.1.0',
    focus: (focusOptions) => record.appCalls.push(`focus:${JSON.stringify(focusOptions ?? {})}`),
    // Electron: 'before-quit' (preventable), then every window is closed (a window whose 'close'
    // is prevented cancels the quit), then 'will-quit' (preventable), then 'quit'. Windows close
    // asynchronously, after app.quit() has returned.
    quit: () => {
      record.quitCalls += 1
      const before = vetoableEvent()
      app.emit('before-quit', before)
      if (before.defaultPrevented) return record.quitSteps.push('before-quit:prevented')
      record.quitSteps.push('before-quit')
      setImmediate(() => {
        for (const w of record.windows.filter((w) => !w.destroyed)) {
          w.close()
          if (!w.destroyed) return record.quitSteps.push('close:prevented')
        }
        const will = vetoableEvent()
        app.emit('will-quit', will)
        if (will.defaultPrevented) return record.quitSteps.push('will-quit:prevented')
        record.quitSteps.push('will-quit', 'quit')
        app.emit('quit', {}, 0)
      })
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
      inFlight: new Set(),
      // Resolves at the headers; the request stays in flight until its body is read or cancelled.
      fetch: (url, init) =>
        trackedResponse(ses.inFlight, () => (options.fetch ?? offline)(url, init, ses)),
      // Electron: "It will terminate / fail all requests currently in flight."
      closeAllConnections: async () => {
        ses.closeAllConnectionsCalls += 1
        for (const request of [...ses.inFlight]) request.fail(new TypeError('net::ERR_ABORTED'))
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
  // What ipcRenderer.invoke does to a call: the payload and the reply cross the process boundary
  // by structured clone (a function fails, a class instance arrives as a plain object).
  const invoke = async (channel, payload, event) => {
    const handler = handlers.get(channel)
    if (!handler) throw new Error(`No handler registered for '${channel}'`)
    const reply = await handler(event, cloneForIpc(payload, 'An object could not be cloned.'))
    return cloneForIpc(reply, 'An object could not be cloned.')
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
      // Delivery is reported later, as the OS answers: 'show', or 'failed' — documented for macOS
      // and Windows only. On Linux a notice nobody can show is lost without a word.
      setImmediate(() => {
        if (options.notifications !== 'failing') this.emit('show', {})
        else if (platform !== 'linux') this.emit('failed', {}, 'app is not signed')
      })
    }
    close() {
      this.emit('close', {})
    }
  }
  // A Windows-only static in Electron 45's typings; absent elsewhere, so a call needs a guard.
  if (platform === 'win32') Notification.handleActivation = (cb) => (activationHandler = cb)

  // A path Electron cannot read gives an empty image: no error, just nothing in the tray.
  const imageIsEmpty = (image) =>
    typeof image === 'string' ? !existsSync(image) : Boolean(image?.isEmpty?.() ?? true)
  class Tray extends EventEmitter {
    constructor(image) {
      mustBeReady('Cannot create Tray')
      super()
      this.images = [String(image?.path ?? image)]
      this.iconEmpty = imageIsEmpty(image)
      this.tooltips = []
      this.menus = []
      this.titles = []
      this.menuPopups = 0
      record.trays.push(this)
    }
    setImage(image) {
      this.images.push(String(image?.path ?? image))
      this.iconEmpty = imageIsEmpty(image)
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
    destroy() {
      this.destroyed = true
    }
    isDestroyed() {
      return Boolean(this.destroyed)
    }
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
      this.bounds = {
        x: 0,
        y: 0,
        width: windowOptions?.width ?? 800,
        height: windowOptions?.height ?? 600,
      }
      this.maximized = false
      this.alwaysOnTop = false
      this.focusCalls = 0
      this.webContents = Object.assign(new EventEmitter(), {
        id: nextWebContentsId++,
        // Electron serialises the arguments (structured clone); what cannot be cloned throws.
        send: (channel, payload) =>
          this.sent.push({
            channel,
            payload: cloneForIpc(payload, 'Failed to serialize arguments'),
          }),
        reload: () => (this.reloads = (this.reloads ?? 0) + 1),
      })
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
    focus() {
      this.focusCalls += 1
    }
    setBounds(bounds) {
      this.bounds = { ...this.bounds, ...bounds }
    }
    getNormalBounds() {
      return { ...this.bounds }
    }
    isMaximized() {
      return this.maximized
    }
    // Electron: maximize() also shows a window that is not shown yet.
    maximize() {
      this.maximized = true
      this.visible = true
    }
    setAlwaysOnTop(flag) {
      this.alwaysOnTop = flag
    }
    moveTop() {}
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
    Menu: {
      buildFromTemplate: (template) => template,
      setApplicationMenu: (menu) => {
        record.applicationMenu = menu
        record.applicationMenus.push(menu)
      },
    },
    // Displays as the test lays them out (default: one 1920×1080 screen with a 40 px taskbar).
    screen: {
      getAllDisplays: () => displays(),
      getDisplayMatching: (rect) => {
        const area = (d) =>
          Math.max(
            0,
            Math.min(d.bounds.x + d.bounds.width, rect.x + rect.width) -
              Math.max(d.bounds.x, rect.x),
          ) *
          Math.max(
            0,
            Math.min(d.bounds.y + d.bounds.height, rect.y + rect.height) -
              Math.max(d.bounds.y, rect.y),
          )
        return [...displays()].sort((a, b) => area(b) - area(a))[0]
      },
    },
    nativeImage: {
      createFromPath: (path) => ({ path, isEmpty: () => !existsSync(path) }),
    },
    shell: {
      openExternal: async () => undefined,
      openPath: async (path) => {
        record.openedPaths.push(path)
        return existsSync(path) ? '' : `Failed to open path: ${path}`
      },
    },
    dialog: {
      showMessageBox: async (boxOptions) => {
        record.messageBoxes.push(boxOptions)
        return { response: 0, checkboxChecked: false }
      },
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
    // Documented for macOS only: re-opening the running app, or clicking its dock icon.
    activate: () => {
      if (platform === 'darwin') app.emit('activate', {}, false)
    },
    renderProcessGone: (webContentsId, reason) =>
      app.emit('render-process-gone', {}, { id: webContentsId }, { reason, exitCode: 1 }),
    childProcessGone: (details) =>
      app.emit('child-process-gone', {}, { exitCode: 1, name: details.type, ...details }),
    // macOS pops a tray's context menu up on a click and emits no 'click' while it has one.
    clickTray: (tray = record.trays.at(-1)) => {
      if (!tray) return
      if (platform === 'darwin' && tray.menus.length > 0) tray.menuPopups += 1
      else tray.emit('click', {}, {}, { x: 0, y: 0 })
    },
    invoke,
    clickNotification: (n = record.notifications.at(-1)) => n?.emit('click', {}),
    activateToast: (details) => activationHandler?.(details),
    hasActivationHandler: () => activationHandler !== null,
  }
  return { electron, control }
}

async function offline() {
  throw new TypeError('net::ERR_INTERNET_DISCONNECTED')
}

/** Structured clone as IPC does it, failing with Electron's words. */
function cloneForIpc(value, message) {
  try {
    return structuredClone(value)
  } catch {
    throw new Error(message)
  }
}
