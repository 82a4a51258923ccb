/** The guide page and the error look-up in the window, 简体中文 (the reference). */
export const guidePageZh = {
  'tab.guide': '指南与查错',
  'guidePage.intro': '付款被拒时，先把看到的提示粘贴到下面查一查，再按对应的清单步骤处理。',
  'guidePage.contents': '目录',
  'guidePage.steps': '对应的清单步骤',
  'guidePage.links': '商户的帮助页面',
  'guidePage.openStep': '{number}：{title}',
  'guidePage.linkRefused': '这个链接打不开：它不在允许打开的网站之列。',
  'lookup.title': '查错误提示',
  'lookup.label': '粘贴付款页面上的错误提示',
  'lookup.hint': '中文或英文都可以，只粘贴一部分或只粘贴拒绝代码也行；不要粘贴卡号。',
  'lookup.placeholder': '例如：Your card was declined.',
  'lookup.results': '可能的解释',
  'lookup.all': '所有常见错误提示',
  'lookup.now.red': '本机现在：红灯 — {reason}，很可能就是原因。先解决它，再考虑下面的其他可能。',
  'lookup.now.wait': '本机现在：冷却中 — {reason}。冷却结束前再试只会再被拒。',
  'lookup.now.grey': '本机现在：灰灯 — {reason}。先让检查跑通，才能看出是不是网络的问题。',
  'lookup.now.yellow': '本机现在：黄灯 — {reason}，可能有关。',
  'lookup.now.green':
    '本机现在：绿灯，出口、卡和账单地址都一致：原因更可能在发卡行或卡本身，见下面的解释。',
  'lookup.now.urgent': '本机现在：{reason}。先停下，出口稳定后再说。',
} as const
