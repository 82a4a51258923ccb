import type { merchantZh } from './merchant.zh'

/** Merchant names and the supported-region and network-owner findings, English. */
export const merchantEn: Readonly<Record<keyof typeof merchantZh, string>> = {
  'merchant.name.openai': 'OpenAI (ChatGPT / API)',
  'merchant.name.anthropic': 'Anthropic (Claude)',
  'finding.region-not-served':
    '{merchant} does not serve {country} (exit {ip}): the payment cannot succeed, and access from an unsupported region can get the account suspended',
  'finding.region-profile-not-served':
    '{merchant} does not serve {country}, the billing or card country; the merchant does not say whether that matters for payment — information only',
}
