// Types of the fake Electron, so TypeScript tests hand its objects to the glue's typed seams.
import type { EventEmitter } from 'node:events'

/** How the fake behaves; every option has Electron's default on a machine with no network. */
export interface FakeElectronOptions {
  platform?: NodeJS.Platform
  isPackaged?: boolean
  notifications?: 'shown' | 'failing' | 'unsupported'
  dark?: boolean
  online?: boolean
  encryption?: boolean
  locale?: string
  userData?: string
  appPath?: string
  singleInstanceLock?: boolean
  version?: string
  displays?: FakeDisplay[]
  /** macOS: what SMAppService reports for a registered login item. */
  loginItemStatus?: 'enabled' | 'requires-approval'
  /** macOS: whether this run was opened at login. */
  openedAtLogin?: boolean
  fetch?: (url: string, init: RequestInit | undefined, session: FakeSession) => Promise<Response>
  closeAllConnections?: (session: FakeSession) => Promise<void> | void
  resolveProxy?: (url: string, session: FakeSession) => Promise<string>
}

export interface FakeDisplay {
  id: number
  bounds: { x: number; y: number; width: number; height: number }
  workArea: { x: number; y: number; width: number; height: number }
}

export interface FakeSession extends EventEmitter {
  readonly partition: string
  readonly options: { cache?: boolean } | null
  permissionRequestHandler: ((...args: unknown[]) => void) | undefined
  permissionCheckHandler: ((...args: unknown[]) => boolean) | undefined
  closeAllConnectionsCalls: number
  /** Requests whose body has not been read to the end yet. */
  readonly inFlight: Set<{ fail(error: Error): void }>
  fetch(url: string, init?: RequestInit): Promise<Response>
  closeAllConnections(): Promise<void>
  resolveProxy(url: string): Promise<string>
  setPermissionRequestHandler(handler: (...args: unknown[]) => void): void
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void
  /** What `setUserAgent` set last (null before). */
  userAgent: string | null
  acceptLanguages: string | null
  setUserAgent(userAgent: string, acceptLanguages?: string): void
}

export interface FakeTray extends EventEmitter {
  readonly images: string[]
  readonly tooltips: string[]
  readonly titles: string[]
  readonly menus: { label?: string; enabled?: boolean; click?: () => void; type?: string }[][]
  /** Whether the image last set could not be read: the tray then shows nothing. */
  readonly iconEmpty: boolean
  /** How often a click popped the context menu up instead of emitting 'click' (macOS). */
  readonly menuPopups: number
  setImage(image: unknown): void
  setToolTip(text: string): void
  setTitle(title: string): void
  setContextMenu(menu: unknown): void
  destroy(): void
  isDestroyed(): boolean
}

export interface FakeNotification extends EventEmitter {
  readonly options: Record<string, unknown>
  readonly shown: boolean
  show(): void
  close(): void
}

export interface FakeWindow extends EventEmitter {
  readonly options: Record<string, unknown>
  readonly url: string | null
  readonly visible: boolean
  readonly minimized: boolean
  readonly destroyed: boolean
  readonly sent: { channel: string; payload: unknown }[]
  readonly webContents: EventEmitter & {
    id: number
    send(channel: string, payload: unknown): void
    reload(): void
  }
  readonly bounds: { x: number; y: number; width: number; height: number }
  readonly maximized: boolean
  readonly alwaysOnTop: boolean
  readonly focusCalls: number
  readonly reloads?: number
  setBounds(bounds: Partial<FakeWindow['bounds']>): void
  getNormalBounds(): FakeWindow['bounds']
  isMaximized(): boolean
  maximize(): void
  setAlwaysOnTop(flag: boolean): void
  moveTop(): void
  loadURL(url: string): Promise<void>
  show(): void
  focus(): void
  restore(): void
  minimize(): void
  isMinimized(): boolean
  isDestroyed(): boolean
  close(): void
}

export interface FakeNotificationClass {
  new (options?: Record<string, unknown>): FakeNotification
  isSupported(): boolean
  handleActivation?: (callback: (details: { type: string; arguments: string }) => void) => void
}

export interface FakeElectron {
  app: EventEmitter & {
    isPackaged: boolean
    isReady(): boolean
    whenReady(): Promise<void>
    enableSandbox(): void
    setAppUserModelId(id: string): void
    /** Windows only, as in Electron. */
    setToastActivatorCLSID?: (id: string) => void
    requestSingleInstanceLock(): boolean
    setLoginItemSettings(settings: Record<string, unknown>): void
    getLoginItemSettings(query?: { args?: string[] }): {
      openAtLogin: boolean
      executableWillLaunchAtLogin: boolean
      wasOpenedAtLogin: boolean
      status: 'not-registered' | 'enabled' | 'requires-approval' | 'not-found'
      launchItems: never[]
    }
    getLocale(): string
    getPath(name: string): string
    /** Before `ready` only for 'userData', as Electron advises (the smoke test's folder). */
    setPath(name: string, path: string): void
    getAppPath(): string
    getVersion(): string
    focus(options?: { steal?: boolean }): void
    quit(): void
    dock: { hide(): void } | undefined
  }
  protocol: {
    registerSchemesAsPrivileged(schemes: unknown[]): void
    handle(scheme: string, handler: (request: { url: string }) => Promise<Response>): void
  }
  session: {
    readonly defaultSession: FakeSession
    fromPartition(partition: string, options?: { cache: boolean }): FakeSession
  }
  ipcMain: {
    handle(channel: string, listener: (event: never, payload: unknown) => unknown): void
    removeHandler(channel: string): void
  }
  net: { fetch(url: string, init?: RequestInit): Promise<Response>; isOnline(): boolean }
  nativeTheme: EventEmitter & { shouldUseDarkColors: boolean }
  powerMonitor: EventEmitter
  Notification: FakeNotificationClass
  Tray: new (image: unknown) => FakeTray
  BrowserWindow: new (options: Record<string, unknown>) => FakeWindow
  Menu: { buildFromTemplate<T>(template: T): T; setApplicationMenu(menu: unknown): void }
  screen: {
    getAllDisplays(): FakeDisplay[]
    getDisplayMatching(rect: FakeWindow['bounds']): FakeDisplay
  }
  nativeImage: { createFromPath(path: string): { path: string; isEmpty(): boolean } }
  shell: {
    openExternal(url: string): Promise<void>
    /** Answers '' (opened) or an error message, as Electron's does; records what it opened. */
    openPath(path: string): Promise<string>
  }
  dialog: {
    /** Resolves at once with the first button, as if the user pressed it; recorded. */
    showMessageBox(
      options: Record<string, unknown>,
    ): Promise<{ response: number; checkboxChecked: boolean }>
    showSaveDialog(options: unknown): Promise<{ canceled: boolean; filePath: string }>
    showOpenDialog(options: unknown): Promise<{ canceled: boolean; filePaths: string[] }>
  }
  safeStorage: {
    isAsyncEncryptionAvailable(): Promise<boolean>
    getSelectedStorageBackend(): 'gnome_libsecret' | 'unknown'
    encryptStringAsync(plain: string): Promise<Buffer>
    decryptStringAsync(data: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>
  }
}

export interface FakeElectronControl {
  readonly record: {
    schemes: unknown[]
    protocolHandlers: { scheme: string }[]
    ipcChannels: string[]
    trays: FakeTray[]
    windows: FakeWindow[]
    notifications: FakeNotification[]
    sessions: FakeSession[]
    appCalls: string[]
    quitCalls: number
    /** What app.quit() went through: before-quit, will-quit, quit, or where it was stopped. */
    quitSteps: string[]
    applicationMenu?: unknown
    /** Every menu set with Menu.setApplicationMenu, in order. */
    applicationMenus: unknown[]
    /** Folders opened with shell.openPath. */
    openedPaths: string[]
    /** Message boxes shown with dialog.showMessageBox. */
    messageBoxes: Record<string, unknown>[]
  }
  readonly handlers: Map<string, (event: unknown, payload: unknown) => unknown>
  isReady(): boolean
  setTheme(dark: boolean): void
  resume(): void
  suspend(): void
  secondInstance(argv?: string[]): void
  clickTray(tray?: FakeTray): void
  clickNotification(notification?: FakeNotification): void
  /** macOS: the user re-opens the running app (Finder, Spotlight, the dock). */
  activate(): void
  /** A renderer or helper process went away, as Electron reports it. */
  renderProcessGone(webContentsId: number, reason: string): void
  childProcessGone(details: { type: string; reason: string; serviceName?: string }): void
  /** An ipcRenderer.invoke: payload and reply are structured-cloned as they cross processes. */
  invoke(channel: string, payload: unknown, event: unknown): Promise<unknown>
  activateToast(details: { type: string; arguments: string }): void
  hasActivationHandler(): boolean
}

/** Creates one fake Electron and the handle tests use to cause events. */
export function createFakeElectron(options?: FakeElectronOptions): {
  electron: FakeElectron
  control: FakeElectronControl
}
