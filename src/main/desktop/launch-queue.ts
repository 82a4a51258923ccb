import { HIDDEN_ARG } from './xdg-autostart'

/**
 * Holds a request to open the window until the app can serve one (its IPC handlers registered,
 * its services running): a second launch during a slow start — a keychain prompt, a slow disk —
 * would otherwise open a window whose first `getState` finds no handler. Many requests before then
 * open one window once. The window's opener is handed over with `ready`: nothing is bound late.
 */
export function createLaunchQueue() {
  let open: (() => void) | null = null
  let pending = false
  return {
    /** Opens the window now when the app is ready, else once it is. */
    request: (): void => {
      if (open) open()
      else pending = true
    },
    /** The handlers exist and this opens the window: a queued request runs now, later ones at once. */
    ready: (opener: () => void): void => {
      open = opener
      if (pending) opener()
      pending = false
    },
    /** Opens the window if the app is ready; does nothing (and queues nothing) before. */
    openIfReady: (): void => open?.(),
  }
}

/** The app events that mean "show me the window", as Electron 45 types them. */
export interface RelaunchEvents {
  on(event: 'second-instance', listener: (event: unknown, argv: string[]) => void): unknown
  on(event: 'activate', listener: (event: unknown, hasVisibleWindows: boolean) => void): unknown
}

/**
 * Launching PayLight again opens its window (queued during start-up), except a copy started at
 * login (`--hidden`). On macOS, re-opening the running app (Finder, Spotlight, `open -a`) emits
 * 'activate' instead: it opens the window too, once the app is ready — an 'activate' during
 * start-up is the launch itself, and a tray app starts without a window.
 */
export function openOnRelaunch(deps: {
  readonly app: RelaunchEvents
  readonly platform: NodeJS.Platform
  readonly queue: ReturnType<typeof createLaunchQueue>
}): void {
  deps.app.on('second-instance', (_event, argv) => {
    if (!argv.includes(HIDDEN_ARG)) deps.queue.request()
  })
  if (deps.platform === 'darwin') deps.app.on('activate', () => deps.queue.openIfReady())
}
