import type { MenuItemConstructorOptions } from 'electron'
import type { Lang } from '../../shared/geo/country'

/** What the menu's own items do. */
export interface AppMenuActions {
  readonly checkForUpdates: () => void
  readonly about: () => void
}

type Words = Readonly<Record<Lang, string>>

// The menu's words, both languages (the roles' own labels would be English only off macOS).
const words = {
  app: { zh: '付款红绿灯', en: 'PayLight' },
  about: { zh: '关于付款红绿灯', en: 'About PayLight' },
  updates: { zh: '检查更新…', en: 'Check for Updates…' },
  hide: { zh: '隐藏付款红绿灯', en: 'Hide PayLight' },
  hideOthers: { zh: '隐藏其他', en: 'Hide Others' },
  unhide: { zh: '全部显示', en: 'Show All' },
  quitApp: { zh: '退出付款红绿灯', en: 'Quit PayLight' },
  file: { zh: '文件', en: 'File' },
  close: { zh: '关闭窗口', en: 'Close Window' },
  quit: { zh: '退出', en: 'Quit' },
  edit: { zh: '编辑', en: 'Edit' },
  undo: { zh: '撤销', en: 'Undo' },
  redo: { zh: '重做', en: 'Redo' },
  cut: { zh: '剪切', en: 'Cut' },
  copy: { zh: '复制', en: 'Copy' },
  paste: { zh: '粘贴', en: 'Paste' },
  selectAll: { zh: '全选', en: 'Select All' },
  window: { zh: '窗口', en: 'Window' },
  minimize: { zh: '最小化', en: 'Minimize' },
  zoom: { zh: '缩放', en: 'Zoom' },
  front: { zh: '前置全部窗口', en: 'Bring All to Front' },
  help: { zh: '帮助', en: 'Help' },
  develop: { zh: '开发', en: 'Develop' },
  reload: { zh: '重新载入', en: 'Reload' },
  devTools: { zh: '开发者工具', en: 'Developer Tools' },
} satisfies Record<string, Words>

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
  const t = (w: Words) => w[lang]
  const { actions } = options
  const edit: MenuItemConstructorOptions = {
    label: t(words.edit),
    submenu: [
      { role: 'undo', label: t(words.undo) },
      { role: 'redo', label: t(words.redo) },
      { type: 'separator' },
      { role: 'cut', label: t(words.cut) },
      { role: 'copy', label: t(words.copy) },
      { role: 'paste', label: t(words.paste) },
      { role: 'selectAll', label: t(words.selectAll) },
    ],
  }
  const develop: MenuItemConstructorOptions[] = options.development
    ? [
        {
          label: t(words.develop),
          submenu: [
            { role: 'reload', label: t(words.reload) },
            { role: 'toggleDevTools', label: t(words.devTools) },
          ],
        },
      ]
    : []
  const updates = { label: t(words.updates), click: () => actions.checkForUpdates() }
  const about = { label: t(words.about), click: () => actions.about() }
  if (platform === 'darwin')
    return [
      {
        label: t(words.app),
        submenu: [
          about,
          updates,
          { type: 'separator' },
          { role: 'hide', label: t(words.hide) },
          { role: 'hideOthers', label: t(words.hideOthers) },
          { role: 'unhide', label: t(words.unhide) },
          { type: 'separator' },
          { role: 'quit', label: t(words.quitApp) },
        ],
      },
      edit,
      {
        label: t(words.window),
        role: 'window',
        submenu: [
          { role: 'minimize', label: t(words.minimize) },
          { role: 'zoom', label: t(words.zoom) },
          { role: 'close', label: t(words.close) },
          { type: 'separator' },
          { role: 'front', label: t(words.front) },
        ],
      },
      ...develop,
    ]
  return [
    {
      label: t(words.file),
      submenu: [
        updates,
        { type: 'separator' },
        { role: 'close', label: t(words.close) },
        // Electron's quit role has no accelerator on Windows: Ctrl+Q is set here for every system.
        { role: 'quit', label: t(words.quit), accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    edit,
    ...develop,
    { label: t(words.help), submenu: [about] },
  ]
}
