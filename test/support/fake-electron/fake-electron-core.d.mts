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
  fetch?: (url: string, init: RequestInit | undefined, session: FakeSession) => Promise<Response>
  closeAllConnections?: (session: FakeSession) => Promise<void> | void
  resolveProxy?: (url: string, session: FakeSession) => Promise<string>
}

export interface FakeSession extends EventEmitter {
  readonly partition: string
  readonly options: { cache?: boolean } | null
  permissionRequestHandler: ((...args: unknown[]) => void) | undefined
  permissionCheckHandler: ((...args: unknown[]) => boolean) | undefined
  closeAllConnectionsCalls: number
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
  setImage(image: unknown): void
  setToolTip(text: string): void
  setTitle(title: string): void
  setContextMenu(menu: unknown): void
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
  readonly webContents: { id: number; send(channel: string, payload: unknown): void }
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
    requestSingleInstanceLock(): boolean
    getLocale(): string
    getPath(name: string): string
    getAppPath(): string
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
  Menu: { buildFromTemplate<T>(template: T): T }
  shell: { openExternal(url: string): Promise<void> }
  dialog: {
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
  }
  readonly handlers: Map<string, (event: unknown, payload: unknown) => unknown>
  isReady(): boolean
  setTheme(dark: boolean): void
  resume(): void
  suspend(): void
  secondInstance(argv?: string[]): void
  clickTray(tray?: FakeTray): void
  clickNotification(notification?: FakeNotification): void
  activateToast(details: { type: string; arguments: string }): void
  hasActivationHandler(): boolean
}

/** Creates one fake Electron and the handle tests use to cause events. */
export function createFakeElectron(options?: FakeElectronOptions): {
  electron: FakeElectron
  control: FakeElectronControl
}
