import type { App } from 'electron'
import type { AppState } from '../../shared/contract/app-state'
import type { NoticePage } from '../../shared/contract/notices'
import type { ProcessGoneEvents } from '../desktop/process-gone'
import { exposeSmokeProbe, type SmokeOverrides } from '../desktop/smoke-test-overrides'
import { setupDiagnostics } from './setup-diagnostics'
import { setupAppMenu, type MenusElectron } from './setup-menus'
import type { MainWindow } from './setup-window'

/**
 * The desktop pieces that follow the window and the tray: PayLight's own application menu (About
 * opens Settings, where the About view is), the check log and crash recovery, and — only under the
 * smoke test's overrides — the probe the smoke test reads the running app through.
 */
export function setupDesktopGlue(
  electron: Pick<MenusElectron, 'Menu'> & {
    readonly app: Pick<App, 'isPackaged'> & ProcessGoneEvents
  },
  deps: {
    readonly platform: NodeJS.Platform
    readonly services: {
      readonly state: () => AppState
      readonly subscribe: (listener: (state: AppState) => void) => () => void
      readonly monitor: { readonly trigger: (trigger: 'manual') => unknown }
    }
    readonly window: Pick<MainWindow, 'isOurs' | 'reload' | 'close'>
    readonly openWindow: (page?: NoticePage) => void
    readonly checkForUpdates: () => void
    /** The tray icon, held here for as long as the app runs (the smoke test asks whether it exists). */
    readonly tray: { isDestroyed(): boolean }
    readonly smoke: SmokeOverrides
  },
): void {
  const { services, openWindow } = deps
  setupAppMenu(electron, {
    platform: deps.platform,
    development: !electron.app.isPackaged,
    state: services.state,
    subscribe: services.subscribe,
    checkForUpdates: deps.checkForUpdates,
    about: () => openWindow('settings'),
  })
  setupDiagnostics({
    app: electron.app,
    window: deps.window,
    subscribe: services.subscribe,
    checkNow: () => void services.monitor.trigger('manual'),
    now: Date.now,
  })
  exposeSmokeProbe(deps.smoke, {
    hasTray: () => !deps.tray.isDestroyed(),
    state: services.state,
    openWindow: () => openWindow(),
  })
}
