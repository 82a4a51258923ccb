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
} as const
