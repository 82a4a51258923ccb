import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron'
import type { AppState } from '../../shared/contract/app-state'
import { eventChannels } from '../../shared/contract/ipc'
import type { NoticePage } from '../../shared/contract/notices'
import type { AppServices } from '../app-services'
import { createMainWindow } from '../window-options'

/** The parts of a BrowserWindow the app drives; tests pass a fake. */
export type WindowLike = Pick<
  BrowserWindow,
  | 'on'
  | 'once'
  | 'show'
  | 'focus'
  | 'restore'
  | 'minimize'
  | 'isMinimized'
  | 'loadURL'
  | 'webContents'
  | 'close'
>

/**
 * The one window: created on demand (a tray app keeps none alive while hidden), brought to the
 * front when it exists, and the only receiver of main's state pushes. Where the tray is likely
 * invisible (`keepOnClose()`), closing minimises it instead, so PayLight stays reachable; quitting
 * (Ctrl+Q, the File menu, logging out) still closes it.
 */
export function setupWindow<W extends WindowLike>(deps: {
  readonly BrowserWindow: new (options: BrowserWindowConstructorOptions) => W
  readonly preload: string
  readonly url: string
  readonly title: () => string
  /** Whether the system uses dark colours now (nativeTheme), for the window's first paint. */
  readonly dark?: () => boolean
  /** A new window before it is shown: its remembered place, Esc (desktop/window-state.ts). */
  readonly onCreated?: (window: W) => void
  /** Shows the window and gives it focus the way this system needs (desktop/bring-to-front.ts). */
  readonly bringToFront?: (window: W) => void
}) {
  const front = (w: W): void => {
    if (deps.bringToFront) return deps.bringToFront(w)
    if (w.isMinimized()) w.restore()
    w.show()
    w.focus()
  }
  let window: W | null = null
  let keepOnClose = false
  let quitting = false
  return {
    open: (): void => {
      if (window) return front(window)
      const created = createMainWindow(
        deps.BrowserWindow,
        deps.preload,
        deps.title(),
        deps.dark?.() ?? false,
      )
      window = created
      deps.onCreated?.(created)
      created.on('close', (event) => {
        if (!keepOnClose || quitting) return
        event.preventDefault()
        created.minimize()
      })
      created.on('closed', () => (window = null))
      created.once('ready-to-show', () => front(created))
      void created.loadURL(deps.url)
    },
    /** Whether the window exists (shown or minimised). */
    exists: (): boolean => window !== null,
    /** Whether an IPC sender is our window (the sender guard's first question). */
    isOurs: (webContentsId: number): boolean => window?.webContents.id === webContentsId,
    /** Reloads the window's page (after its renderer crashed). */
    reload: (): void => window?.webContents.reload(),
    /** Closes the window, when there is one. */
    close: (): void => window?.close(),
    /** Pushes a state to the window, when there is one. */
    push: (state: AppState): void => window?.webContents.send(eventChannels.state, state),
    /** The tray is likely invisible: from now on closing minimises, so the window stays reachable. */
    keepOnClose: (): void => {
      keepOnClose = true
    },
    /** The app is quitting: closing closes again. */
    quitting: (): void => {
      quitting = true
    },
  }
}

/** The one window, as the rest of the glue drives it. */
export type MainWindow = ReturnType<typeof setupWindow>

/**
 * Opens the window, on a page when asked (a clicked notice, the tray's next step). A window opened
 * afresh without a page starts on the first tab, not on an old request.
 */
export function windowOpener(
  window: Pick<MainWindow, 'open' | 'exists'>,
  notices: Pick<AppServices['notices'], 'requestPage' | 'clearRequestedPage'>,
): (page?: NoticePage) => void {
  return (page) => {
    if (page) notices.requestPage(page)
    else if (!window.exists()) notices.clearRequestedPage()
    window.open()
  }
}
