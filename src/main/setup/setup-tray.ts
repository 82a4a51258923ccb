import type { Menu, MenuItemConstructorOptions, Tray } from 'electron'
import type { AppState } from '../../shared/app-state'
import type { Light } from '../../shared/light'
import { trayView } from '../../shared/tray-view'
import type { AppServices } from '../app-services'
import { createTrayController, type TrayLike } from '../tray-controller'

/** What the tray needs from Electron and from the rest of the app. */
export interface SetupTrayDeps {
  readonly tray: TrayLike & { on(event: 'click', listener: () => void): unknown }
  readonly buildMenu: (template: MenuItemConstructorOptions[]) => Menu
  readonly iconFor: (light: Light) => Parameters<Tray['setImage']>[0]
  readonly platform: NodeJS.Platform
  readonly services: Pick<AppServices, 'ipc' | 'state' | 'subscribe'>
  readonly openWindow: () => void
  readonly quit: () => void
  readonly now: () => number
}

/**
 * The tray: its menu acts through the same services the window calls, and it follows every
 * published state. Returns `render`, for repaints that are not state changes (a theme switch).
 */
export function setupTray(deps: SetupTrayDeps): { render: () => void; stop: () => void } {
  const { services } = deps
  deps.tray.on('click', deps.openWindow)
  const controller = createTrayController({
    tray: deps.tray,
    buildMenu: deps.buildMenu,
    iconFor: deps.iconFor,
    ...(deps.platform === 'win32' ? { maxTooltip: 127 } : {}),
    actions: {
      checkNow: () => void services.ipc.checkNow(undefined),
      open: deps.openWindow,
      setPaused: (paused) => void services.ipc.setPaused(paused),
      quit: deps.quit,
      startSession: () => {
        deps.openWindow()
        void services.ipc.startSession(undefined)
      },
    },
  })
  const show = (state: AppState) => controller.render(trayView(state, deps.now()), state.lang)
  const stop = services.subscribe(show)
  return { render: () => show(services.state()), stop }
}
