/** The settings page (简体中文, the reference table). */
export const settingsZh = {
  'credits.title': '数据来源与许可',
  'credits.intro':
    '付款红绿灯随附以下数据；按各自许可注明出处（许可全文随数据放在应用的 licences 文件夹）。',
  'settings.interval': '检查间隔',
  'settings.crossCheck': '在线核对每个新出口 IP 的国家（会把该 IP 发给 ipwho.is 等服务）',
  'settings.notifications': '出口 IP 或国家变化时通知我',
  'settings.seconds': '{n} 秒',
  'settings.minutes': '{n} 分钟',
  'settings.language': '语言',
  'settings.language.system': '跟随系统',
} as const
