import type { MerchantSpec } from './merchant-spec'
import { merchantRegions } from './serves-region'
import { stripePaymentHosts } from './stripe-hosts'

const paylightSources =
  'Used by PayLight since its first release (src/shared/net/sources.ts); a recorded answer with ip= and loc= is in test/fixtures/providers/chatgpt-trace.txt.'

const openai: MerchantSpec = {
  id: 'openai',
  names: { zh: 'OpenAI（ChatGPT / API）', en: 'OpenAI (ChatGPT / API)' },
  traceUrls: [
    { url: 'https://chatgpt.com/cdn-cgi/trace', evidence: paylightSources, source: null },
    { url: 'https://api.openai.com/cdn-cgi/trace', evidence: paylightSources, source: null },
  ],
  traceNote: null,
  paymentHosts: [
    {
      host: 'chatgpt.com',
      role: 'merchant',
      evidence: "The merchant's own web app, where a ChatGPT subscription checkout starts.",
      source: null,
    },
    {
      host: 'platform.openai.com',
      role: 'merchant',
      evidence:
        "The merchant's own API console, where API billing and payment methods are managed.",
      source: null,
    },
    ...stripePaymentHosts,
  ],
  regions: merchantRegions.openai,
  help: {
    supportedCountries: [
      'https://help.openai.com/en/articles/7947663-chatgpt-and-openai-api-supported-countries-and-territories',
      'https://help.openai.com/en/articles/5347006-openai-api-supported-countries-and-territories',
      'https://developers.openai.com/api/docs/supported-countries',
    ],
    payment: null,
  },
}

const anthropic: MerchantSpec = {
  id: 'anthropic',
  names: { zh: 'Anthropic（Claude）', en: 'Anthropic (Claude)' },
  traceUrls: [
    {
      url: 'https://claude.ai/cdn-cgi/trace',
      evidence:
        "claude.ai, where Claude subscriptions are bought, is served through Cloudflare's edge like chatgpt.com: its /cdn-cgi/trace answers with the ip= and loc= that edge sees (Cloudflare documents the trace path on every proxied host).",
      source: 'https://developers.cloudflare.com/fundamentals/reference/cdn-cgi-endpoint/',
    },
  ],
  traceNote:
    "Only claude.ai is traced: api.anthropic.com answers from Anthropic's own ranges 160.79.104.0/23 and 2607:6bc0::/48 (platform.claude.com/docs/en/api/ip-addresses), not from Cloudflare, so it has no /cdn-cgi/trace.",
  paymentHosts: [
    {
      host: 'claude.ai',
      role: 'merchant',
      evidence:
        'Claude subscriptions are bought in claude.ai Settings > Billing (user reports in anthropics/claude-code issues).',
      source: 'https://github.com/anthropics/claude-code/issues/50710',
    },
    {
      host: 'platform.claude.com',
      role: 'merchant',
      evidence: 'API credits are bought in the Claude Console, Settings > Billing (user reports).',
      source: 'https://github.com/anthropics/claude-code/issues/65984',
    },
    ...stripePaymentHosts,
  ],
  regions: merchantRegions.anthropic,
  help: {
    supportedCountries: [
      'https://www.anthropic.com/supported-countries',
      'https://platform.claude.com/docs/zh-CN/api/supported-regions',
      'https://platform.claude.com/docs/en/api/supported-regions',
    ],
    payment: null,
  },
}

/**
 * Every merchant PayLight knows. Typed here and checked against `merchantSpecSchema` by a test
 * (test/unit/shared/merchant-spec.test.ts), so the window's bundle need not carry zod.
 */
export const merchants: readonly MerchantSpec[] = [openai, anthropic]

/** The spec for a merchant id, or null for one PayLight does not know. */
export function merchantSpec(id: string): MerchantSpec | null {
  return merchants.find((m) => m.id === id) ?? null
}
