/** The application menu (简体中文, the source table). */
export const menuZh = {
  'menu.about': '关于付款红绿灯',
  'menu.updateBox.title': '检查更新',
  'menu.updateBox.ok': '好',
  'menu.checkForUpdates': '检查更新…',
  'menu.hide': '隐藏付款红绿灯',
  'menu.hideOthers': '隐藏其他',
  'menu.unhide': '全部显示',
  'menu.quitApp': '退出付款红绿灯',
  'menu.file': '文件',
  'menu.close': '关闭窗口',
  'menu.quit': '退出',
  'menu.edit': '编辑',
  'menu.undo': '撤销',
  'menu.redo': '重做',
  'menu.cut': '剪切',
  'menu.copy': '复制',
  'menu.paste': '粘贴',
  'menu.selectAll': '全选',
  'menu.window': '窗口',
  'menu.minimize': '最小化',
  'menu.zoom': '缩放',
  'menu.front': '前置全部窗口',
  'menu.help': '帮助',
  'menu.develop': '开发',
  'menu.reload': '重新载入',
  'menu.devTools': '开发者工具',
} as const

/** One key of the menu table. */
export type MenuMessageKey = keyof typeof menuZh
