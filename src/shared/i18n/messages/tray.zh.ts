/** The tray menu (简体中文, the reference table). */
export const trayZh = {
  'tray.checkNow': '立即检查',
  'tray.open': '打开付款红绿灯',
  'tray.pause': '暂停监测',
  'tray.resume': '恢复监测',
  'tray.quit': '退出',
  'tray.checking': '正在检查…',
  'tray.checkForUpdates': '检查更新…',
} as const
