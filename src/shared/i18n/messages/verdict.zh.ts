/** The verdict's words, 简体中文 (the reference): `finding.<id>`, variants `finding.<id>.<variant>`. */
export const verdictZh = {
  'verdict.reasons': '原因',
  'verdict.evidenceAge': '依据 {at} 的检查结果，评估时（{now}）已过去 {age}',
  'finding.fix': '去第 {n} 步：{step}',
  'finding.profile-unlocking': '正在解锁卡片资料…',
  'finding.profile-missing': '还没有卡片资料：填写后才能比较卡、账单地址和网络出口',
  'finding.profile-missing.network-ok':
    '网络这边没问题（出口在{country}）；还没有卡片资料，填写后才能比较卡、账单地址和出口',
  'finding.evidence-none': '还没有检查结果',
  'finding.evidence-failed': '上次检查失败，看不到网络出口：检查网络或代理是否正常',
  'finding.evidence-stale': '检查结果已过期',
  'finding.evidence-stale.slept': '电脑休眠过，检查结果已过期',
  'finding.evidence-stale.clock': '系统时钟被调回过，检查结果的时间晚于现在：等下一次检查',
  'finding.network-country-unknown': '无法确定网络出口所在国家，无法比较',
  'finding.network-vs-billing':
    '网络出口在{network}，账单地址在{billing}：请把代理节点切到账单国家',
  'finding.network-vs-card':
    '网络出口在{network}，卡却是{card}发行的：风控会直接拿这两个国家比对，请把代理节点切到{card}',
  'finding.network-vs-card.eea':
    '网络出口在{network}，卡片由{card}发行（同属欧洲经济区，风险较低）',
  'finding.ipv6-vs-billing':
    'IPv6 出口在{ipv6}，与账单国家{billing}不一致：浏览器常优先走 IPv6，付款很可能被拒。让代理客户端接管 IPv6（TUN 模式或它的 IPv6 开关），或在浏览器（系统）里关闭 IPv6，然后重新检查',
  'finding.ipv6-country-unknown':
    'IPv6 出口 {ip} 的国家未知；浏览器会优先使用 IPv6：让代理客户端接管 IPv6，或在浏览器（系统）里关闭 IPv6',
  'finding.country-disputed':
    '{route}出口 {ip} 的国家无法确定：两个离线数据库分别说是{countries}，也没有商户边缘节点给出位置；商户可能认为是其中任何一个，先换一个位置确定的出口，或等边缘节点应答后再查',
  'finding.country-disputed.ipv6':
    'IPv6 出口 {ip} 的国家无法确定：两个离线数据库分别说是{countries}，也没有边缘节点给出位置；浏览器会优先使用 IPv6——让代理客户端接管 IPv6，或在浏览器（系统）里关闭 IPv6',
  'finding.split-routing-country':
    '分流：{merchant} 走 {merchantIp}，其他网站走 {genericIp}，两者国家不同：让代理规则对所有付款相关网站使用同一节点',
  'finding.split-routing-ip':
    '分流：{merchant} 走 {merchantIp}，其他网站走 {genericIp}（国家相同）',
  'finding.split-routing-proxy':
    '系统代理把付款网站分流了（{merchantHost} → {merchantRule}；{hosts}）：{merchant} 的结账页可能从另一个出口付款',
  'finding.merchant-route-unknown':
    '看不到商户线路（{merchant} 的边缘节点没有回应）：{merchant} 可能看到另一个出口',
  'finding.split-routing-unknown': '没有同为 IPv{family} 的普通线路结果，无法判断是否分流',
  'finding.ipv6-unverified':
    'IPv6 可能可用，但没能读出 IPv6 出口（IPv6 来源连上了或超时，随后失败）：浏览器可能经 IPv6 付款，请稍后再检查',
  'finding.sources-disagree': '各来源对出口国家说法不一（{routes}），商户可能看到{country}',
  'finding.exit-changed-recently':
    '出口 IP 在 10 分钟内变过：频繁换 IP 会触发风控，固定一个节点后再付款',
  'finding.exit-changed-recently.settling': '已切到{country} ✓ 保持不动，约 {left}后（{time}）变绿',
  'finding.exit-changed-recently.settling-more':
    '已切到{country} ✓ 保持不动：出口刚换过，约 {left}后（{time}）不再算作刚换过',
  'finding.timezone-vs-network':
    '系统时区（{timeZone}）在{timeZoneCountry}，网络出口在{network}：部分风控会参考时区，仅供参考',
  'finding.card-country-unknown': '发卡国家未知：请查询 BIN（卡号前几位）或手动填写，否则无法比较',
  'finding.card-vs-billing':
    '卡片由{card}发行，账单地址在{billing}：有些卡（例如欧洲经济区内跨国发行的电子货币卡）本就如此；但账单地址必须是发卡行登记的地址（虚拟卡以服务商 App 显示的为准）',
  'finding.card-prepaid': '这是预付卡：OpenAI 不接受预付卡和礼品卡，请换用信用卡或借记卡',
  'finding.card-prepaid.virtual':
    '这张卡服务商的虚拟卡用的是预付卡 BIN：OpenAI 不接受预付卡。问卡服务商有没有信用卡或借记卡 BIN 的卡，或换一张银行卡',
  'finding.card-virtual':
    '卡服务商的虚拟卡：能不能扣款取决于服务商的通道。先确认它支持订阅扣费和 OpenAI 的商户类别（MCC）；被拒时先问卡服务商的客服',
  'finding.card-expired': '卡片已于 {expiry} 过期',
  'finding.card-expiring': '卡片本月底到期（{expiry}）：到期后扣费会被拒，请尽早换卡或更新有效期',
  'finding.card-expiring.next-month':
    '卡片下月底到期（{expiry}）：之后的续费会被拒，请提前准备新卡',
  'finding.capabilities-unconfirmed':
    '尚未向发卡行确认：{items}（绑卡时有约 $5 的预授权）；确认后在卡片资料里勾选',
  'capability.short.usd': '美元支付',
  'capability.short.international': '境外在线支付',
  'capability.short.recurring': '订阅扣费',
  'capability.short.headroom': '至少 $5 余量',
  'finding.postal-code-format': '邮编“{postalCode}”不符合{country}的格式',
  'finding.postal-code-format.missing': '{country}的账单地址需要邮编，但没有填写',
  'finding.postal-code-format.optional':
    '邮编“{postalCode}”不符合{country}的格式（{country}的邮编可以不填；要填就填发卡行登记的那个）',
  'finding.zip-state-mismatch': '邮编 {postalCode} 属于 {expected}，不是 {state}：邮编与州必须对应',
  'finding.zip-state-mismatch.straddles':
    '邮编 {postalCode} 一般归入 {expected}，但它的投递范围跨到 {state}：请确认与发卡行登记的地址一致',
  'finding.postal-code-typing':
    '邮编“{typed}”里用了特殊的横线或多余的空格，已按 {postalCode} 读取并与州核对；请这样输入：{postalCode}（半角短横线，不加空格）',
  'finding.state-missing': '美国/加拿大地址需要填写州/省',
  'finding.state-unknown': '“{state}”不是已知的州/省',
  'finding.state-not-code': '州/省请填代码 {code}，而不是名称“{state}”',
  'finding.billing-chinese': '账单地址里有中文字符：请用发卡行登记的英文/拼音地址',
  'finding.billing-full-width': '账单地址里有全角字符（中文输入法打出的）：请改成半角',
  'finding.billing-spacing': '账单地址里有首尾空格或连续空格',
} as const
