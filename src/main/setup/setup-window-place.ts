import type { App, Screen } from 'electron'
import { bringToFront, type FrontWindow } from '../desktop/bring-to-front'
import {
  attachWindowState,
  loadPlacement,
  savePlacement,
  type PlacedWindow,
} from '../desktop/window-state'

/** The Electron modules the window's place and focus come from, narrowed to what is used. */
export interface WindowPlaceElectron {
  /** Read only once the app is ready (Electron's screen module cannot be used before). */
  readonly screen: Pick<Screen, 'getAllDisplays' | 'getDisplayMatching'>
  readonly app: Pick<App, 'focus' | 'getPath'>
}

/**
 * The window's hooks for `setupWindow`: each new window opens where the last one closed (on that
 * display when it is still there, clamped onto one that is), its place is saved when it closes,
 * Esc closes it, and it is brought to the front the way this system allows.
 */
export async function setupWindowPlace(
  electron: WindowPlaceElectron,
  platform: NodeJS.Platform,
): Promise<{
  readonly onCreated: (window: PlacedWindow) => void
  readonly bringToFront: (window: FrontWindow) => void
}> {
  const userData = electron.app.getPath('userData')
  let placement = await loadPlacement(userData)
  return {
    onCreated: (window) =>
      attachWindowState(window, {
        saved: placement,
        displays: () => electron.screen.getAllDisplays(),
        displayOf: (bounds) => electron.screen.getDisplayMatching(bounds),
        save: (next) => {
          placement = next
          void savePlacement(userData, next)
        },
      }),
    bringToFront: (window) => bringToFront(window, platform, electron.app),
  }
}
