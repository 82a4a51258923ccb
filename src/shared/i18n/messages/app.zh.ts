/** The app's name, the light's colours, the window's tabs and the grey states the tray names (简体中文, the reference table). */
export const appZh = {
  'app.name': '付款红绿灯',
  'request.rejected.untrusted-sender': '请求被拒绝：来源不受信任',
  'request.rejected.invalid-request': '请求被拒绝：内容无效',
  'request.rejected.internal': '主程序处理请求时出错',
  'request.unreachable': '无法连接主程序',
  'light.green': '绿灯：一致，可以付款',
  'light.yellow': '黄灯：有风险，先看原因',
  'light.red': '红灯：不一致，现在付款很可能被拒',
  'light.grey': '灰灯：情况未知',
  'grey.failed': '上次检查失败，无法得知出口',
  'grey.paused': '监测已暂停',
  'tab.status': '状态',
  'tab.profile': '卡片资料',
  'tab.settings': '设置',
  'tab.checklist': '排查清单',
} as const
