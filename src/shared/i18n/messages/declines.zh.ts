/** Chinese text of the error look-up (the source table: English is typed against its keys). */
export const declineZh = {
  'explain.heading': '“{input}” 可能是：',
  'explain.colon': '：',
  'explain.cause': '可能的原因',
  'explain.doNow': '现在该做什么',
  'explain.dont': '不要做',
  'explain.steps': '相关步骤',
  'explain.links': '官方说明',
  'explain.score': '匹配度 {score}%',
  'explain.codes': '对应的拒绝代码：{codes}',
  'explain.none': '没有认出这条提示。请粘贴页面上显示的完整错误文字，或拒绝代码本身。',
  'decline.dont.retryNow': '不要马上重试：连续失败会让风控更严格，先找出原因。',
  'decline.dont.switchNow': '等待期间不要更换网络出口、换卡或修改账单地址。',

  'decline.card-declined.title': '卡被拒绝（原因未说明）',
  'decline.card-declined.cause':
    '发卡行或支付处理方的风控拒绝了这笔交易，但不说明原因。常见的是：卡片没有开通境外或美元在线支付，账单地址与发卡行记录不符，或者网络所在国家与卡片国家不一致。',
  'decline.card-declined.do.check': '先停下来，用本应用核对卡片、账单地址和网络出口是否一致。',
  'decline.card-declined.do.issuer':
    '打电话给发卡行，问清是否拦截了这笔境外在线美元交易，并请他们放行。',

  'decline.card-not-supported.title': '卡片不支持这类消费',
  'decline.card-not-supported.cause':
    '这张卡没有开通这类商户、在线支付或自动扣费；虚拟卡和预付卡最常遇到。',
  'decline.card-not-supported.do.issuer': '请发卡行开通境外在线支付和自动续费。',
  'decline.card-not-supported.do.mcc':
    '卡服务商的虚拟卡：问它的客服，这张卡是否支持 OpenAI 的商户类别（MCC）和订阅扣费；不支持就换一张卡。',
  'decline.card-not-supported.do.card': '改用本人的信用卡或借记卡。',
  'decline.card-not-supported.dont.prepaid': '不要改用预付卡或礼品卡：OpenAI 不接受这两类卡。',

  'decline.insufficient-funds.title': '余额不足',
  'decline.insufficient-funds.cause': '可用余额不够支付消费金额加上付款时冻结的预授权。',
  'decline.insufficient-funds.do.topUp': '充值并留出余量：至少比消费金额多 5 美元。',
  'decline.insufficient-funds.dont.loop': '到账之前不要反复尝试。',

  'decline.incorrect-cvc.title': '安全码不正确',
  'decline.incorrect-cvc.cause': '输入的安全码与发卡行的记录不符。',
  'decline.incorrect-cvc.do.reenter': '对照卡片仔细重新输入三位或四位安全码。',
  'decline.incorrect-cvc.dont.guess': '不要连续猜安全码：多次错误看起来像盗刷测试，卡可能被锁。',

  'decline.incorrect-zip.title': '邮编与记录不符',
  'decline.incorrect-zip.cause': '账单地址中的邮编与发卡行登记的不一致。',
  'decline.incorrect-zip.do.address':
    '按发卡行登记的账单地址原样填写（虚拟卡以服务商应用里显示的为准），邮编要与州对应。',
  'decline.incorrect-zip.dont.invent': '不要编造地址，也不要借用别人的地址。',

  'decline.incorrect-number.title': '卡号不正确',
  'decline.incorrect-number.cause': '卡号输错了。',
  'decline.incorrect-number.do.reenter': '对照卡片重新输入卡号。',
  'decline.incorrect-number.dont.share': '不要把完整卡号发给任何人，也不要粘贴到聊天里。',

  'decline.expired-card.title': '卡片过期或有效期有误',
  'decline.expired-card.cause': '有效期填错了，或者卡片已经过期。',
  'decline.expired-card.do.date': '核对卡面上的有效期（月和年）；卡已过期就改用有效的卡。',
  'decline.expired-card.dont.loop': '不要反复尝试已过期的卡。',

  'decline.currency-not-supported.title': '卡片不支持该币种',
  'decline.currency-not-supported.cause': '这张卡不能用美元扣款。',
  'decline.currency-not-supported.do.issuer': '请发卡行开通美元或外币交易。',

  'decline.velocity-exceeded.title': '尝试次数过多',
  'decline.velocity-exceeded.cause': '这张卡在短时间内尝试或被拒的次数太多，触发了次数限制。',
  'decline.velocity-exceeded.do.wait': '停止操作，等满 24 小时再试一次。',

  'decline.processing-error.title': '临时处理错误',
  'decline.processing-error.cause':
    '付款处理时出现临时故障（发卡行或支付处理方暂时不可用），不一定是卡的问题。',
  'decline.processing-error.do.retryOnce': '等几分钟，然后只重试一次。',
  'decline.processing-error.dont.spam': '不要连续点击付款：重复提交可能产生多笔预授权。',

  'decline.authentication-failed.title': '银行验证未通过',
  'decline.authentication-failed.cause': '银行的身份验证（3D Secure）失败或没有完成。',
  'decline.authentication-failed.do.verify':
    '付款时留意银行发来的短信或应用通知，按提示完成验证；没有开通的话请发卡行开通。',

  'decline.hard-decline.title': '卡片被挂失、注销或受限',
  'decline.hard-decline.cause':
    '发卡行把卡标记为挂失、被盗、受限或需要收回，或者卡片/账户已失效、换发了新卡。这是硬性拒绝，页面上通常只显示为“卡被拒绝”。',
  'decline.hard-decline.do.issuer': '联系发卡行，了解卡片的状态。',
  'decline.hard-decline.dont.retry': '不要再用这张卡重试：发卡行处理之前不会成功。',

  'decline.region-unavailable.title': '所在地区不受支持',
  'decline.region-unavailable.cause': '访问来自 OpenAI 不提供服务的国家或地区。',
  'decline.region-unavailable.do.list': '查看 OpenAI 支持的国家和地区列表。',
  'decline.region-unavailable.do.exit':
    '如果你身处支持的地区却看到这条提示，检查代理或 VPN 的出口国家：本应用会显示它。',
  'decline.region-unavailable.dont.blocked': '不要从不受支持的地区使用服务：账号可能因此被封禁。',

  'decline.region-unsupported-api.title': '接口请求来自不受支持的地区',
  'decline.region-unsupported-api.cause':
    'API 请求来自 OpenAI 不支持的国家或地区，服务器拒绝了它（返回 403）。',

  'decline.duplicate-transaction.title': '重复交易',
  'decline.duplicate-transaction.cause': '刚刚已经提交过一笔金额和卡片完全相同的交易。',
  'decline.duplicate-transaction.do.check':
    '先到商户的账单页面和银行记录里看看第一笔是否已经成功，确认没有扣款再付。',

  'decline.pin-required.title': '需要输入密码或密码错误',
  'decline.pin-required.cause':
    '发卡行要求输入卡密码（或密码错误、错误次数过多），而在线付款无法输入密码：这张卡不适合网上付款。',
  'decline.pin-required.do.issuer': '请发卡行为这张卡开通无需密码的在线（无卡）交易。',

  'decline.amount-not-allowed.title': '金额超出允许范围',
  'decline.amount-not-allowed.cause': '交易金额无效，或超过了发卡行为这张卡设定的单笔或在线限额。',
  'decline.amount-not-allowed.do.limit': '在发卡行应用里查看并提高在线或境外交易限额。',

  'decline.payment-stopped.title': '银行已停止向该商户付款',
  'decline.payment-stopped.cause':
    '发卡行登记了针对这个商户的止付指令，或撤销了商户的扣款授权（常见于之前申请退订、拒付或争议之后）。',
  'decline.payment-stopped.do.issuer': '联系发卡行，请他们撤销对这个商户的止付或授权撤销，再付款。',

  'decline.merchant-blocked.title': '被商户的风控名单拦截',
  'decline.merchant-blocked.cause':
    '这笔付款命中了商户（支付处理方）的拦截名单：卡片、邮箱、IP 或设备之前被标记过。',
  'decline.merchant-blocked.do.support': '停止尝试，联系商户客服说明情况，请他们核查。',
  'decline.merchant-blocked.dont.evade': '不要换卡、换 IP 或换账号绕过：这会让标记更严重。',

  'decline.test-card.title': '使用了测试卡号',
  'decline.test-card.cause': '填的是支付处理方的测试卡号，真实付款不接受。',
  'decline.test-card.do.real': '改用你本人真实的银行卡。',
  'decline.test-card.dont.generate': '不要使用网上找来或生成的卡号：那不是你的卡，付款不会成功。',
} as const

/** Every key of the look-up's text tables. */
export type DeclineMessageKey = keyof typeof declineZh
