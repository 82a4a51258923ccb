import type { App, BrowserWindow } from 'electron'

/** The window calls bringing it to the front needs. */
export type FrontWindow = Pick<
  BrowserWindow,
  'isMinimized' | 'restore' | 'show' | 'focus' | 'setAlwaysOnTop' | 'moveTop'
>

/**
 * Brings the window to the front and gives it the keyboard, as a click in the tray means to, on
 * each system. macOS: PayLight is an `LSUIElement` app that is never active by itself, so the
 * window would open behind the app in use — `app.focus({ steal: true })` makes it the active app.
 * Windows: the foreground lock lets `focus()` only flash the taskbar button when another app is in
 * front; a moment "always on top" raises it for real. Linux: show and focus (a Wayland compositor
 * may still only mark it as wanting attention; nothing more is allowed there).
 */
export function bringToFront(
  win: FrontWindow,
  platform: NodeJS.Platform,
  app: Pick<App, 'focus'>,
): void {
  if (win.isMinimized()) win.restore()
  win.show()
  if (platform === 'darwin') app.focus({ steal: true })
  if (platform === 'win32') {
    win.setAlwaysOnTop(true)
    win.moveTop()
    win.focus()
    win.setAlwaysOnTop(false)
    return
  }
  win.focus()
}
