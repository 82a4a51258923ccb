/** Start at login, the log, updates and About (简体中文, the reference table). */
export const desktopZh = {
  'desktop.startAtLogin': '开机时启动',
  'desktop.startAtLogin.hint': '登录后付款红绿灯就在托盘里，付款前红绿灯已经在看着出口。',
  'desktop.startAtLogin.needsApproval':
    '还差一步：在“系统设置 → 通用 → 登录项”里允许付款红绿灯，它才会在登录时启动。',
  'desktop.startAtLogin.notOurs':
    '登录时是否启动，由一个不是付款红绿灯写的自启动文件（~/.config/autostart/paylight.desktop）决定；付款红绿灯不会改动它。',
  'desktop.startAtLogin.failed': '没能更改开机启动，系统拒绝了；请稍后再试。',
  'desktop.startAtLogin.unsupported': '这个版本不能设置开机启动。',
  'desktop.logFolder': '打开日志文件夹',
  'desktop.logFolder.hint':
    '日志记录每次检查的结果（只记国家，不记出口 IP）和出错的地方，不含卡片资料；求助时可以附上 paylight.log。',
  'desktop.logFolder.failed': '没能打开日志文件夹。',
  'desktop.updates': '检查更新',
  'desktop.update.not-configured': '此版本没有配置更新来源，不会检查更新',
  'desktop.update.idle': '尚未检查更新',
  'desktop.update.checking': '正在检查更新…',
  'desktop.update.up-to-date': '已是最新版本',
  'desktop.update.downloading': '正在下载新版本 {version}…',
  'desktop.update.ready': '新版本 {version} 已下载，退出时安装',
  'desktop.update.failed': '检查更新失败，稍后会再试',
  'desktop.offer.title': '开机时启动付款红绿灯？',
  'desktop.offer.accept': '开机时启动',
  'desktop.offer.dismiss': '不用了',
  'desktop.offer.body':
    '登录后付款红绿灯就在托盘里，付款前红绿灯已经在看着出口。以后可以在“设置”里随时更改。',
  'about.title': '关于付款红绿灯',
  'about.version': '版本 {version}',
  'about.licence': '付款红绿灯以 MIT 许可发布。',
  'about.runtime': '运行于 Electron {electron}（Chromium {chrome}，Node.js {node}）',
  'about.data.date': '数据日期：{date}',
  'about.data.noDate': '未注明日期',
} as const
