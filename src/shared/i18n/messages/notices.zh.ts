/** Notices shown in the window and the tray when the system did not show them (简体中文, the reference). */
export const noticesZh = {
  'notice.dismiss': '知道了',
  'notice.undelivered': '提醒：{title}',
  'tray.nextStep': '下一步：{step}',
} as const
