import type { Protocol, Session } from 'electron'
import { registerWindowsToasts } from '../setup/windows-toasts'
import { APP_ORIGIN, APP_SCHEME, createAppRequestHandler } from './app-protocol'
import { denyAllPermissions, guardWebContents, type GuardedContents } from './web-guards'

/** The parts of Electron's app the shell drives; tests pass the fake Electron's. */
export interface ShellApp {
  enableSandbox(): void
  requestSingleInstanceLock(): boolean
  quit(): void
  whenReady(): Promise<void>
  setAppUserModelId(id: string): void
  /** Windows only in Electron 45 (absent elsewhere in the fake, as the typings' @platform says). */
  setToastActivatorCLSID?(id: string): void
  readonly dock?: { hide(): void } | undefined
  on(
    event: 'web-contents-created',
    listener: (event: unknown, contents: GuardedContents) => void,
  ): unknown
  on(event: 'window-all-closed', listener: () => void): unknown
}

/** The Electron modules the shell drives, narrowed to what is used. */
export interface ShellElectron {
  readonly app: ShellApp
  readonly protocol: Pick<Protocol, 'registerSchemesAsPrivileged'> & {
    handle(scheme: string, handler: ReturnType<typeof createAppRequestHandler>): void
  }
  /** Its default session is read only once the app is ready (Electron throws before). */
  readonly session: {
    readonly defaultSession: Pick<
      Session,
      'setPermissionRequestHandler' | 'setPermissionCheckHandler'
    >
  }
}

/** What the shell needs from the build. */
export interface ShellDeps {
  readonly platform: NodeJS.Platform
  /** The built renderer's folder, served as app://. */
  readonly rendererDir: string
  /** Origins the window may load and IPC may come from (see {@link trustedOrigins}). */
  readonly trustedOrigins: readonly string[]
}

/** The running copy's shell: `ready` once Electron is and the shell is in place. */
export type Shell =
  | { readonly primary: false }
  | {
      readonly primary: true
      readonly ready: Promise<void>
    }

/** app:// in the built app; the dev server's origin too while `npm run dev` serves the renderer. */
export function trustedOrigins(devServerUrl: string | undefined): readonly string[] {
  return [APP_ORIGIN, ...(devServerUrl ? [new URL(devServerUrl).origin] : [])]
}

/**
 * Electron's security checklist around the app, and one running copy. Before `ready` (Electron
 * throws if these come later): every renderer sandboxed, and app:// registered as a standard,
 * secure scheme with V8's code cache. Every web contents is guarded (no new windows, navigation or
 * webviews) and closing the last window keeps the tray app running. Once ready: app:// serves the
 * built renderer, the default session denies every permission, macOS keeps the app out of the
 * dock and Windows gets the toast activator and user model id it shows notifications for. A second
 * copy quits (the first one hears of it: desktop/launch-queue.ts).
 */
export function setupShell(electron: ShellElectron, deps: ShellDeps): Shell {
  const { app, protocol } = electron
  app.enableSandbox()
  // codeCache (needs standard): V8 keeps the renderer bundle's compiled code between launches.
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ])
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return { primary: false }
  }
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, deps.trustedOrigins),
  )
  // A tray app: closing the window destroys it but keeps PayLight running.
  app.on('window-all-closed', () => undefined)
  const ready = app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, createAppRequestHandler(deps.rendererDir))
    denyAllPermissions(electron.session.defaultSession)
    if (deps.platform === 'darwin') app.dock?.hide()
    // Windows shows notifications only for an app with a user model id; a toast clicked after a
    // restart reaches the app only through a fixed activator, registered first.
    registerWindowsToasts(app, deps.platform)
  })
  return { primary: true, ready }
}
