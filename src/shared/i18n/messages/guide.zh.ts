/** Chinese text of the guide (the source table: English is typed against its keys). */
export const guideZh = {
  'guide.section.card-types': '各类卡片对比',
  'guide.section.errors': '常见错误与对应办法',
  'guide.section.virtual-cards': '使用虚拟卡',
  'guide.section.confirm-added': '确认卡片已绑定',
  'guide.section.risk-check': '风控是怎么判断的',
  'guide.section.recovery': '多次失败后的恢复',
  'guide.section.keep-stable': '让付款保持稳定',
  'guide.section.faq': '常见问题',

  'guide.cardTypes.intro': 'OpenAI 接受信用卡和借记卡，不接受预付卡和礼品卡。',
  'guide.column.type': '卡类型',
  'guide.column.accepted': 'OpenAI 是否接受',
  'guide.column.intlOnline': '境外在线支付',
  'guide.column.usd': '美元扣款',
  'guide.column.recurring': '自动续费',
  'guide.column.issues': '常见问题',
  'guide.support.yes': '可以',
  'guide.support.usually': '通常可以',
  'guide.support.varies': '因卡而异',
  'guide.support.rarely': '很少可以',
  'guide.support.no': '不可以',
  'guide.card.credit': '信用卡',
  'guide.card.credit.issues': '有些银行默认关闭境外在线支付，需要在银行应用或客服处开通。',
  'guide.card.debit': '借记卡',
  'guide.card.debit.issues': '余额要覆盖消费金额和预授权；部分借记卡只能在境内使用。',
  'guide.card.prepaid': '预付卡',
  'guide.card.prepaid.issues': 'OpenAI 不接受预付卡，即使暂时绑上，之后也可能被拒。',
  'guide.card.virtual-issuer': '虚拟卡（银行发行）',
  'guide.card.virtual-issuer.issues':
    '与实体卡共用额度和设置；有些虚拟卡号只能用一次或限定商户，不适合自动续费。',
  'guide.card.virtual-provider': '虚拟卡（第三方服务商）',
  'guide.card.virtual-provider.issues':
    '很多实际上是预付卡，而 OpenAI 不接受预付卡；账单地址要用服务商显示的那个；通道变化快，以前能用不代表以后能用。',
  'guide.card.gift': '礼品卡',
  'guide.card.gift.issues': 'OpenAI 不接受礼品卡。',

  'guide.errors.intro': '把页面上看到的错误提示粘贴进来，就能查到原因和对应的步骤。',

  'guide.virtual.funding': '先确认这张虚拟卡是信用卡或借记卡，而不是预付卡：OpenAI 不接受预付卡。',
  'guide.virtual.usd': '选择支持美元交易和自动续费的虚拟卡。',
  'guide.virtual.address': '账单地址填服务商应用里显示的那一个，原样照抄，不要改写。',
  'guide.virtual.identity': '用本人的真实身份开户，卡只给自己用。',
  'guide.virtual.steady': '绑卡期间保持同一个网络出口，不要中途切换。',
  'guide.virtual.support': '被拒时先问服务商客服：这张卡是否支持该商户和自动扣费。',

  'guide.confirm.listed':
    '在 OpenAI 账户的账单设置（付款方式）里能看到这张卡，显示卡组织和末四位，就说明绑定成功。',
  'guide.confirm.hold': '绑卡时会有一笔约 5 美元的临时预授权，通常在 7 天内撤销，不是实际扣款。',
  'guide.confirm.missing':
    '付款方式里没有这张卡、银行记录里也没有预授权，说明没有绑定成功；先找原因，不要马上重试。',
  'guide.confirm.thenPay': '确认绑定成功后，再充值或订阅。',

  'guide.risk.plain':
    '简单说：风控会看三件事说不说得通——卡是哪个国家发的、账单地址在哪个国家、你从哪个国家上网。三件事一致，付款最顺利。',
  'guide.risk.example':
    '例如：美国发行的卡，加上发卡行登记的美国账单地址，再加上位于美国的网络出口。',
  'guide.risk.live': '下表是本应用此刻看到的这三件事。',
  'guide.risk.noProfile': '填写卡片资料后，这里会显示三件事的实时比较。',
  'guide.risk.signals':
    '支付处理方（OpenAI 用的是 Stripe）会给每笔付款评估风险，参考的信号包括：访问的 IP 地址和它所在的国家、浏览器信息、卡片的发行国家（由卡号开头的 BIN 决定）、账单地址、卡的类型（是否预付卡）、是否经由代理或机房网络、安全码和邮编的核验结果，以及短时间内的尝试和失败次数。',
  'guide.risk.mismatch':
    '这些信号互相矛盾时，比如卡是一个国家发的、账单地址在另一个国家、网络又来自第三个国家，风险评分就会升高；商户可以设置规则，在风险偏高且卡片国家与网络国家不一致时直接拒绝。',
  'guide.risk.issuerChecks': '邮编和安全码由发卡行核对，与登记记录不符就会失败，跟网络无关。',
  'guide.risk.velocity':
    '同一张卡或同一网络在短时间内多次失败，本身就是风险信号，所以被拒后不停重试只会更糟。',
  'guide.risk.purpose': '本应用只是在付款前让你看清这三项是否一致，并不能、也不会帮你绕过风控。',

  'guide.recovery.stop': '停止所有付款尝试，不要换卡、改地址或切换网络出口。',
  'guide.recovery.remove': '在付款方式中删除失败的卡。',
  'guide.recovery.clear': '清除该商户网站的数据（缓存和登录信息），然后重新登录。',
  'guide.recovery.addOnce': '然后只添加一次这张卡，并确认它出现在付款方式中。',
  'guide.recovery.wait':
    '添加后先等一等：看到预授权后再付款。如果又被拒绝，就停下来等满 24 小时，期间不要更换网络出口，也不要换卡。',
  'guide.recovery.noMany': '不要在短时间内连续绑定多张不同的卡，这很容易触发风控。',

  'guide.stable.sameSetup': '固定使用同一个网络出口和付款方式，不要频繁切换代理节点。',
  'guide.stable.address': '只有发卡行登记的地址变了，才修改账单地址。',
  'guide.stable.expiry': '定期查看卡片有效期和账单记录，在卡过期前换上新卡。',
  'guide.stable.alerts': '开启银行的消费提醒，及时发现异常扣款或被拒的交易。',
  'guide.stable.lookFirst': '每次付款前看一眼本应用的信号灯。',

  'guide.faq.q1': '虚拟卡以前能用，为什么现在突然被拒？',
  'guide.faq.a1':
    '风控规则和发卡通道都会变化。先确认卡片状态和余额，再问服务商这张卡是否还支持该商户。如果它本质上是预付卡，按 OpenAI 的规定本来就不被接受，改用本人的信用卡或借记卡更可靠。',
  'guide.faq.q2': '地址填错了怎么改？',
  'guide.faq.a2':
    '在账单设置的付款方式中编辑，或删除后重新添加，按发卡行登记的地址填写，邮编要与州对应。改完后不要马上连续重试。',
  'guide.faq.q3': '提示余额不足，但卡里明明有钱？',
  'guide.faq.a3':
    '付款时会先冻结一笔预授权（绑卡时约 5 美元），可用余额要同时覆盖预授权和消费金额；也可能是卡的单笔或每日限额不够。留足余量，或请发卡行调高限额。',
  'guide.faq.q5': '多次被拒会被封号吗？',
  'guide.faq.a5':
    '被拒本身通常不会导致封号，但可能暂时冻结这张卡或这个账户的付款验证，等 24 小时再试。另外要清楚：从 OpenAI 不支持的国家或地区访问，账号可能被封禁。',
  'guide.faq.q6': '怎样避免再次被风控拦截？',
  'guide.faq.a6': '让卡片、账单地址和网络出口保持一致且稳定，不要频繁更换付款方式，只用本人的卡。',

  'guide.link.openai-card-declined': 'OpenAI：为什么我的卡被拒绝',
  'guide.link.openai-renewal-failed': 'OpenAI：订阅续费失败',
  'guide.link.openai-chatgpt-countries': 'OpenAI：ChatGPT 支持的国家和地区',
  'guide.link.openai-api-countries': 'OpenAI：API 支持的国家和地区',
  'guide.link.stripe-decline-codes': 'Stripe：拒绝代码说明',
} as const

/** Every key of the guide's text tables. */
export type GuideMessageKey = keyof typeof guideZh
