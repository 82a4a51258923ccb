import type { MenuItemConstructorOptions } from 'electron'
import type { Lang } from '../../shared/geo/country'
import { menuText, type MenuMessageKey } from '../../shared/i18n/menu-text'
import { translate } from '../../shared/i18n/translate'

/** What the menu's own items do. */
export interface AppMenuActions {
  readonly checkForUpdates: () => void
  readonly about: () => void
}

/**
 * PayLight's own application menu instead of Electron's default one (which ships Reload and
 * Toggle Developer Tools in a production build). macOS: the app menu (About, Check for Updates,
 * Hide, Quit), Edit (so ⌘C / ⌘V work in the form) and Window. Elsewhere: File (Check for Updates,
 * Close Window, Quit with Ctrl+Q), Edit and Help → About; the window hides the bar until Alt.
 * Reload and developer tools only in development.
 */
export function appMenuTemplate(
  platform: NodeJS.Platform,
  lang: Lang,
  options: { readonly development: boolean; readonly actions: AppMenuActions },
): MenuItemConstructorOptions[] {
  // The menu's words, both languages (the roles' own labels would be English only off macOS).
  const t = (key: MenuMessageKey) => menuText(lang, key)
  const { actions } = options
  const edit: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      { role: 'undo', label: t('menu.undo') },
      { role: 'redo', label: t('menu.redo') },
      { type: 'separator' },
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      { role: 'selectAll', label: t('menu.selectAll') },
    ],
  }
  const develop: MenuItemConstructorOptions[] = options.development
    ? [
        {
          label: t('menu.develop'),
          submenu: [
            { role: 'reload', label: t('menu.reload') },
            { role: 'toggleDevTools', label: t('menu.devTools') },
          ],
        },
      ]
    : []
  const updates = { label: t('menu.checkForUpdates'), click: () => actions.checkForUpdates() }
  const about = { label: t('menu.about'), click: () => actions.about() }
  if (platform === 'darwin')
    return [
      {
        label: translate(lang, 'app.name'),
        submenu: [
          about,
          updates,
          { type: 'separator' },
          { role: 'hide', label: t('menu.hide') },
          { role: 'hideOthers', label: t('menu.hideOthers') },
          { role: 'unhide', label: t('menu.unhide') },
          { type: 'separator' },
          { role: 'quit', label: t('menu.quitApp') },
        ],
      },
      edit,
      {
        label: t('menu.window'),
        role: 'window',
        submenu: [
          { role: 'minimize', label: t('menu.minimize') },
          { role: 'zoom', label: t('menu.zoom') },
          { role: 'close', label: t('menu.close') },
          { type: 'separator' },
          { role: 'front', label: t('menu.front') },
        ],
      },
      ...develop,
    ]
  return [
    {
      label: t('menu.file'),
      submenu: [
        updates,
        { type: 'separator' },
        { role: 'close', label: t('menu.close') },
        // Electron's quit role has no accelerator on Windows: Ctrl+Q is set here for every system.
        { role: 'quit', label: t('menu.quit'), accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    edit,
    ...develop,
    { label: t('menu.help'), submenu: [about] },
  ]
}
