import { HIDDEN_ARG } from './xdg-autostart'

/**
 * Holds a request to open the window until the app can serve one (its IPC handlers registered,
 * its services running): a second launch during a slow start — a keychain prompt, a slow disk —
 * would otherwise open a window whose first `getState` finds no handler. Many requests before then
 * open one window once.
 */
export function createLaunchQueue() {
  let ready = false
  let pending: (() => void) | null = null
  return {
    /** Runs `open` now when the app is ready, else once it is. */
    request: (open: () => void): void => {
      if (ready) open()
      else pending = open
    },
    /** The handlers exist: a queued request runs now, later ones at once. */
    ready: (): void => {
      ready = true
      const queued = pending
      pending = null
      queued?.()
    },
    isReady: (): boolean => ready,
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
  readonly openWindow: () => void
}): void {
  deps.app.on('second-instance', (_event, argv) => {
    if (!argv.includes(HIDDEN_ARG)) deps.queue.request(deps.openWindow)
  })
  if (deps.platform === 'darwin')
    deps.app.on('activate', () => {
      if (deps.queue.isReady()) deps.openWindow()
    })
}
