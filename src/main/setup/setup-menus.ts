import type { Menu, MenuItemConstructorOptions, MessageBoxOptions } from 'electron'
import type { AppState } from '../../shared/contract/app-state'
import type { Lang } from '../../shared/geo/country'
import { updateStatusText, type UpdateStatus } from '../../shared/contract/desktop'
import { menuText } from '../../shared/i18n/menu-text'
import { createLogger } from '../../shared/util/logger'
import { appMenuTemplate } from '../desktop/app-menu'

/** The Electron modules the menus are made of, narrowed to what is used. */
export interface MenusElectron {
  readonly Menu: {
    buildFromTemplate(template: MenuItemConstructorOptions[]): Menu
    setApplicationMenu(menu: Menu | null): void
  }
  /** The app-modal form (no parent window: a menu may be used with none open). */
  readonly dialog: { showMessageBox(options: MessageBoxOptions): Promise<unknown> }
}

const log = createLogger('menus')

/** The message box that answers "检查更新 / Check for updates" from a menu, in the user's language. */
export function updateResultBox(status: UpdateStatus, lang: Lang): MessageBoxOptions {
  return {
    type: status.kind === 'failed' ? 'warning' : 'info',
    title: menuText(lang, 'menu.updateBox.title'),
    message: updateStatusText(status)[lang],
    buttons: [menuText(lang, 'menu.updateBox.ok')],
    noLink: true,
  }
}

/**
 * "检查更新 / Check for updates" from the tray or the application menu: runs the check, then says
 * where updates stand in a message box (a menu has no place to show the answer). One at a time.
 */
export function checkForUpdatesFromMenu(
  electron: Pick<MenusElectron, 'dialog'>,
  deps: { readonly check: () => Promise<UpdateStatus>; readonly lang: () => Lang },
): () => Promise<void> {
  let running: Promise<void> | null = null
  const run = async () => {
    const status = await deps.check()
    await electron.dialog.showMessageBox(updateResultBox(status, deps.lang()))
  }
  return () =>
    (running ??= run()
      .catch((error: unknown) =>
        log.warn('update check from the menu failed', { error: String(error) }),
      )
      .finally(() => (running = null)))
}

/**
 * PayLight's own application menu in place of Electron's default one (desktop/app-menu.ts), in the
 * language in effect: built at once and again whenever the language changes.
 */
export function setupAppMenu(
  electron: Pick<MenusElectron, 'Menu'>,
  deps: {
    readonly platform: NodeJS.Platform
    readonly development: boolean
    readonly state: () => Pick<AppState, 'lang'>
    readonly subscribe: (listener: (state: AppState) => void) => () => void
    readonly checkForUpdates: () => void
    readonly about: () => void
  },
): () => void {
  let shown: Lang | null = null
  const apply = (lang: Lang) => {
    if (lang === shown) return
    shown = lang
    const template = appMenuTemplate(deps.platform, lang, {
      development: deps.development,
      actions: { checkForUpdates: deps.checkForUpdates, about: deps.about },
    })
    electron.Menu.setApplicationMenu(electron.Menu.buildFromTemplate(template))
  }
  apply(deps.state().lang)
  return deps.subscribe((state) => apply(state.lang))
}
