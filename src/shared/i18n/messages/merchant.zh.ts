/** Merchant names and the supported-region and network-owner findings, 简体中文 (the reference). */
export const merchantZh = {
  'merchant.name.openai': 'OpenAI（ChatGPT / API）',
  'merchant.name.anthropic': 'Anthropic（Claude）',
  'merchant.short.openai': 'OpenAI',
  'merchant.short.anthropic': 'Anthropic',
  'finding.region-not-served':
    '{routes} 出口在{country}（{ip}），{merchant}不在该地区提供服务：现在付款很可能被拒，从不受支持的地区访问还可能导致账户被停用。把代理节点换到受支持的地区（最好是账单国家），再重新检查。（依据{merchant}公布的地区列表，{retrieved} 读取）',
  'finding.region-not-served.ipv6':
    '{routes} 出口在{country}（{ip}），{merchant}不在该地区提供服务：这是 IPv6 泄露。商户线路也许没问题，但浏览器常优先走 IPv6，付款很可能被拒。关掉它：让代理客户端接管 IPv6（TUN 模式或它的 IPv6 开关），或在浏览器（系统）里关闭 IPv6，然后重新检查。（依据{merchant}公布的地区列表，{retrieved} 读取）',
  'finding.region-not-served.no-proxy':
    '代理没有生效：出口在{country}（{routes} {ip}），{merchant}不在该地区提供服务。先打开代理客户端（系统代理或 TUN 模式）并选一个受支持地区的节点（最好是账单国家），再重新检查；从不受支持的地区访问还可能导致账户被停用。（依据{merchant}公布的地区列表，{retrieved} 读取）',
  'finding.region-profile-not-served':
    '账单国家或发卡国家{country}不在{merchant}的服务范围内；商户未说明这是否影响付款，仅供参考',
  'finding.network-hosting':
    '出口属于托管/数据中心网络（{network}）：支付风控通常把这类出口评为较高风险，即使国家都一致也可能被拒',
  'finding.network-hosting.by-name':
    '出口网络的名称看起来像托管/数据中心（{network}）：支付风控通常把这类出口评为较高风险，即使国家都一致也可能被拒',
  'finding.network-relay':
    '出口属于 VPN 或中继网络（{network}，例如 WARP、iCloud 专用代理）：支付风控通常把这类出口评为较高风险，即使国家都一致也可能被拒',
  'finding.network-owner-disagree':
    '离线数据与在线查询对出口 {ip} 的网络归属说法不一（{witnesses}）',
  'checklist.vpn-region.network-kind':
    '出口若属于数据中心或中继网络，风控评分会更高：付款时保持同一个稳定出口；仍被拒时联系发卡行询问原因',
  'network.owner.unknown': '网络归属未知',
  'network.owner.other': '{by} 说是 {owner}',
  'network.kind.hosting': '托管/数据中心',
  'network.kind.vpn-or-relay': 'VPN/中继',
  'network.kind.access': '宽带/移动网络',
  'network.kind.unknown': '类型未知',
  'merchant.watching': '关注的商户：{names}',
  'finding.merchant-route-untraced':
    '没能读到{merchant}自己看到的出口（它的边缘节点检测没有应答）：已按普通出口判断；若代理规则对它的网站单独分流，它看到的可能是另一个出口',
  'merchant.choose': '我要付款的商户（至少选一个）',
} as const
