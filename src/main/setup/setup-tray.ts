import type { Menu, MenuItemConstructorOptions, Tray } from 'electron'
import type { AppState } from '../../shared/app-state'
import type { Light } from '../../shared/light'
import type { NoticePage } from '../../shared/notices'
import { trayLead } from '../../shared/tray-lead'
import { trayView } from '../../shared/tray-view'
import type { AppServices } from '../app-services'
import { createTrayController, type TrayLike } from '../tray-controller'

/** What the tray needs from Electron and from the rest of the app. */
export interface SetupTrayDeps {
  readonly tray: TrayLike &
    Pick<Tray, 'setTitle'> & { on(event: 'click', listener: () => void): unknown }
  readonly buildMenu: (template: MenuItemConstructorOptions[]) => Menu
  readonly iconFor: (light: Light) => Parameters<Tray['setImage']>[0]
  readonly platform: NodeJS.Platform
  readonly services: Pick<AppServices, 'ipc' | 'state' | 'subscribe'>
  /** Opens (or raises) the window, on a page when one is given. */
  readonly openWindow: (page?: NoticePage) => void
  readonly quit: () => void
  readonly now: () => number
}

/** Whether a left click on the icon should open the window on this platform. */
export function clickOpensWindow(platform: NodeJS.Platform): boolean {
  // macOS: with a context menu set, a click pops the menu up and Electron emits no 'click'
  // (tray_icon_cocoa.mm: "Don't emit click events when menu is showing"); the menu's Open item is
  // the way to the window there.
  return platform !== 'darwin'
}

/**
 * The tray: its menu acts through the same services the window calls, and it follows every
 * published state. Returns `render`, for repaints that are not state changes (a theme switch).
 */
export function setupTray(deps: SetupTrayDeps): { render: () => void; stop: () => void } {
  const { services } = deps
  if (clickOpensWindow(deps.platform)) deps.tray.on('click', () => deps.openWindow())
  const controller = createTrayController({
    tray: deps.tray,
    buildMenu: deps.buildMenu,
    iconFor: deps.iconFor,
    ...(deps.platform === 'win32' ? { maxTooltip: 127 } : {}),
    // The menu-bar title exists only on macOS.
    ...(deps.platform === 'darwin' ? { setTitle: (t: string) => deps.tray.setTitle(t) } : {}),
    actions: {
      checkNow: () => void services.ipc.checkNow(undefined),
      open: () => deps.openWindow(),
      openPage: (page) => deps.openWindow(page),
      setPaused: (paused) => void services.ipc.setPaused(paused),
      quit: deps.quit,
      startSession: () => {
        deps.openWindow('session')
        void services.ipc.startSession(undefined)
      },
      declined: () => deps.openWindow('session'),
    },
  })
  const show = (state: AppState) =>
    controller.render(trayView(state, deps.now()), state.lang, trayLead(state))
  const stop = services.subscribe(show)
  return { render: () => show(services.state()), stop }
}
