import type { MenuMessageKey } from './menu.zh'

/** English text of the application menu, typed against the Chinese table. */
export const menuEn: Readonly<Record<MenuMessageKey, string>> = {
  'menu.about': 'About PayLight',
  'menu.checkForUpdates': 'Check for Updates…',
  'menu.hide': 'Hide PayLight',
  'menu.hideOthers': 'Hide Others',
  'menu.unhide': 'Show All',
  'menu.quitApp': 'Quit PayLight',
  'menu.file': 'File',
  'menu.close': 'Close Window',
  'menu.quit': 'Quit',
  'menu.edit': 'Edit',
  'menu.undo': 'Undo',
  'menu.redo': 'Redo',
  'menu.cut': 'Cut',
  'menu.copy': 'Copy',
  'menu.paste': 'Paste',
  'menu.selectAll': 'Select All',
  'menu.window': 'Window',
  'menu.minimize': 'Minimize',
  'menu.zoom': 'Zoom',
  'menu.front': 'Bring All to Front',
  'menu.help': 'Help',
  'menu.develop': 'Develop',
  'menu.reload': 'Reload',
  'menu.devTools': 'Developer Tools',
}
