import type { App, Menu, MenuItemConstructorOptions, Tray } from 'electron'
import type { AppState } from '../../shared/contract/app-state'
import type { NoticePage } from '../../shared/contract/notices'
import { trayLead } from '../../shared/view/tray-lead'
import { trayView } from '../../shared/view/tray-view'
import type { AppServices } from '../app-services'
import type { RunCommand } from '../setup/run-command'
import { createTrayController, type TrayLike } from './tray-controller'
import { trayIconPath } from './tray-icons'
import { setupTrayTheme } from './tray-theme'

/** The parts of Electron's Tray the app uses, and its constructor (called once, after ready). */
export type TrayIcon = TrayLike &
  Pick<Tray, 'setTitle' | 'isDestroyed'> & { on(event: 'click', listener: () => void): unknown }

/** The Electron modules the tray is made of, narrowed to what is used. */
export interface TrayElectron {
  readonly Tray: new (image: string) => TrayIcon
  readonly Menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): Menu }
  readonly nativeTheme: Parameters<typeof setupTrayTheme>[0]['nativeTheme']
  /** Quitting is one of the menu's items. */
  readonly app: Pick<App, 'quit'>
}

/** Where the tray's icons come from and which bar they sit on. */
export interface TrayIconDeps {
  readonly run: RunCommand
  /** Where the shipped resources are: the icons sit in its tray/ folder. */
  readonly resourcesDir: string
  readonly platform: NodeJS.Platform
}

/** What the tray needs from the rest of the app. */
export interface SetupTrayDeps extends TrayIconDeps {
  readonly services: Pick<AppServices, 'ipc' | 'state' | 'subscribe'>
  /** Opens (or raises) the window, on a page when one is given. */
  readonly openWindow: (page?: NoticePage) => void
  readonly now: () => number
  /** The icon made before the services (`createTrayIcon`); made here when left out. */
  readonly icon?: TrayIconParts
  /** "检查更新 / Check for updates" in the menu. */
  readonly checkForUpdates?: () => void
}

/**
 * The tray icon alone, grey, on the theme of the bar it sits on: made as soon as the app is ready,
 * before the services, so the light is in the tray while the rest starts (desktop/starting-tray.ts).
 */
export function createTrayIcon(
  electron: Pick<TrayElectron, 'Tray' | 'nativeTheme'>,
  deps: TrayIconDeps,
) {
  const theme = setupTrayTheme({ ...deps, nativeTheme: electron.nativeTheme })
  const iconFor = (light: Parameters<typeof trayIconPath>[1]) =>
    trayIconPath(deps.resourcesDir, light, deps.platform, theme.dark())
  return { tray: new electron.Tray(iconFor('grey')), theme, iconFor }
}

/** See {@link createTrayIcon}. */
export type TrayIconParts = ReturnType<typeof createTrayIcon>

/** Whether a left click on the icon should open the window on this platform. */
export function clickOpensWindow(platform: NodeJS.Platform): boolean {
  // macOS: with a context menu set, a click pops the menu up and Electron emits no 'click'
  // (tray_icon_cocoa.mm: "Don't emit click events when menu is showing"); the menu's Open item is
  // the way to the window there.
  return platform !== 'darwin'
}

/**
 * The tray: its icon follows the light and the bar it sits on (repainted when the system theme
 * changes), its menu acts through the same services the window calls, and it follows every
 * published state. The returned object holds the Tray: one that is garbage-collected disappears.
 */
export function setupTray(electron: TrayElectron, deps: SetupTrayDeps) {
  const { services } = deps
  const { tray, theme, iconFor } = deps.icon ?? createTrayIcon(electron, deps)
  if (clickOpensWindow(deps.platform)) tray.on('click', () => deps.openWindow())
  const controller = createTrayController({
    tray,
    buildMenu: (template) => electron.Menu.buildFromTemplate(template),
    iconFor,
    ...(deps.platform === 'win32' ? { maxTooltip: 127 } : {}),
    // The menu-bar title exists only on macOS.
    ...(deps.platform === 'darwin' ? { setTitle: (t: string) => tray.setTitle(t) } : {}),
    actions: {
      checkNow: () => void services.ipc.checkNow(undefined),
      open: () => deps.openWindow(),
      openPage: (page) => deps.openWindow(page),
      setPaused: (paused) => void services.ipc.setPaused(paused),
      quit: () => electron.app.quit(),
      startSession: () => {
        deps.openWindow('session')
        void services.ipc.startSession(undefined)
      },
      declined: () => deps.openWindow('session'),
      ...(deps.checkForUpdates ? { checkForUpdates: deps.checkForUpdates } : {}),
    },
  })
  const show = (state: AppState) =>
    controller.render(trayView(state, deps.now()), state.lang, trayLead(state))
  const render = () => show(services.state())
  const stop = services.subscribe(show)
  render()
  void theme.start(render)
  return { tray, render, stop }
}
