/** Merchant names and the supported-region and network-owner findings, 简体中文 (the reference). */
export const merchantZh = {
  'merchant.name.openai': 'OpenAI（ChatGPT / API）',
  'merchant.name.anthropic': 'Anthropic（Claude）',
  'finding.region-not-served':
    '出口在{country}（{ip}），{merchant}不在该地区提供服务：付款无法成功，从不支持的地区访问还可能导致账户被停用',
  'finding.region-profile-not-served':
    '账单或发卡国家{country}不在{merchant}的服务范围内；商户未说明这是否影响付款，仅供参考',
} as const
