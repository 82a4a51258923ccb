import { merchantSpecSchema } from '../../../src/shared/merchant/merchant-spec'
import { merchantSpec, merchants } from '../../../src/shared/merchant/merchants'

describe('merchant specs', () => {
  it('validates every shipped merchant against the schema', () => {
    expect(merchants.map((m) => merchantSpecSchema.safeParse(m).success)).toEqual([true, true])
  })

  it('lists OpenAI edges that answer the Cloudflare trace', () => {
    expect(merchantSpec('openai')?.traceUrls.map((t) => t.url)).toEqual([
      'https://chatgpt.com/cdn-cgi/trace',
      'https://api.openai.com/cdn-cgi/trace',
    ])
  })

  it('traces Anthropic on its own host claude.ai, and says why the API host is not traced', () => {
    const anthropic = merchantSpec('anthropic')
    expect(anthropic?.traceUrls.map((t) => t.url)).toEqual(['https://claude.ai/cdn-cgi/trace'])
    expect(anthropic?.traceNote).toMatch(/160\.79\.104\.0\/23/)
  })

  it('names the Stripe hosts a checkout goes through, with their source', () => {
    const hosts = merchantSpec('openai')?.paymentHosts.filter((h) => h.role === 'processor')
    expect(hosts?.map((h) => h.host)).toEqual(
      expect.arrayContaining([
        'js.stripe.com',
        'api.stripe.com',
        'm.stripe.network',
        'hooks.stripe.com',
      ]),
    )
    expect(new Set(hosts?.map((h) => h.source))).toEqual(new Set(['https://docs.stripe.com/ips']))
  })

  it('carries the region list of each merchant', () => {
    expect(merchantSpec('openai')?.regions.served).toContain('JP')
    expect(merchantSpec('anthropic')?.regions.notServed.map((e) => e.code)).toContain('HK')
  })

  it.each([
    [
      'a plain-http help link',
      { help: { supportedCountries: ['http://example.com'], payment: null } },
    ],
    [
      'a trace URL that is not a trace',
      { traceUrls: [{ url: 'https://chatgpt.com/', evidence: 'x'.repeat(10), source: null }] },
    ],
    [
      'a host with a path',
      {
        paymentHosts: [
          { host: 'js.stripe.com/v3', role: 'processor', evidence: 'x'.repeat(10), source: null },
        ],
      },
    ],
    ['a lower-case country code', { regions: { ...merchants[0]!.regions, served: ['jp'] } }],
  ])('rejects %s', (_, change) => {
    expect(merchantSpecSchema.safeParse({ ...merchants[0], ...change }).success).toBe(false)
  })

  it('knows no merchant it has no data for', () => {
    expect(merchantSpec('paypal')).toBeNull()
  })
})
