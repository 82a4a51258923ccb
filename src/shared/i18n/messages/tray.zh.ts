/** The tray menu and the notifications (简体中文, the reference table). */
export const trayZh = {
  'tray.checkNow': '立即检查',
  'tray.open': '打开付款红绿灯',
  'tray.pause': '暂停监测',
  'tray.resume': '恢复监测',
  'tray.quit': '退出',
  'tray.checking': '正在检查…',
  'notify.changed.title': '出口 IP 变了',
  'notify.changed.body': '{route}：{from} → {to}',
  'notify.country.title': '出口国家变了',
  'notify.country.body': '{route}：{from} → {to}。付款前请先确认。',
} as const
