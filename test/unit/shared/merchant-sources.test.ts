import { merchants } from '../../../src/shared/merchant/merchants'
import {
  defaultSources,
  genericSources,
  merchantSources,
  parseSourceList,
  paymentUrlsFor,
  sourcesFor,
} from '../../../src/shared/net/sources'

describe('sources from merchant specs', () => {
  it("builds OpenAI's edges from its spec, the first one as the probe", () => {
    expect(merchantSources(['openai'])).toEqual([
      {
        name: 'chatgpt',
        url: 'https://chatgpt.com/cdn-cgi/trace',
        kind: 'merchant',
        family: 'any',
        parser: 'cf-trace',
        probe: true,
        merchant: 'openai',
      },
      {
        name: 'openai-api',
        url: 'https://api.openai.com/cdn-cgi/trace',
        kind: 'merchant',
        family: 'any',
        parser: 'cf-trace',
        probe: false,
        merchant: 'openai',
      },
    ])
  })

  it("asks Anthropic's own edge (claude.ai) and keeps the default list valid", () => {
    expect(merchantSources(['anthropic']).map((s) => [s.name, s.url, s.probe])).toEqual([
      ['claude', 'https://claude.ai/cdn-cgi/trace', true],
    ])
    expect(parseSourceList(defaultSources)).toMatchObject({ ok: true })
    expect(defaultSources.map((s) => s.url)).toEqual([
      ...merchants.flatMap((m) => m.traceUrls.map((t) => t.url)),
      ...genericSources.map((s) => s.url),
    ])
  })

  it("asks a merchant's edge only while it is watched; untagged and generic sources always", () => {
    const untagged = { ...genericSources[0]!, name: 'mine', kind: 'merchant' as const }
    const list = [...defaultSources, untagged]
    expect(sourcesFor(list, ['anthropic']).map((s) => s.name)).toEqual([
      'claude',
      ...genericSources.map((s) => s.name),
      'mine',
    ])
    expect(sourcesFor(list, ['openai']).map((s) => s.name)).toEqual(
      list.map((s) => s.name).filter((name) => name !== 'claude'),
    )
  })

  it('probes the IPv4 and IPv6 traces each tick, and the merchant edge where there is one', () => {
    const probes = (ids: Parameters<typeof sourcesFor>[1]) =>
      sourcesFor(defaultSources, ids)
        .filter((s) => s.probe)
        .map((s) => s.name)
    expect(probes(['anthropic'])).toEqual(['claude', 'cf-v4', 'cf-v6'])
    expect(probes(['openai', 'anthropic'])).toEqual(['chatgpt', 'claude', 'cf-v4', 'cf-v6'])
  })

  it('makes the generic trace the probe when a source list has no probe at all', () => {
    const unprobed = defaultSources.map((s) => ({ ...s, probe: false }))
    const probes = sourcesFor(unprobed, ['anthropic']).filter((s) => s.probe)
    expect(probes.map((s) => s.name)).toEqual(['cloudflare'])
  })

  it("checks the routes of the chosen merchants' payment hosts, merchant pages first, no repeats", () => {
    const openai = paymentUrlsFor(['openai'])
    expect(openai.slice(0, 2)).toEqual([
      { url: 'https://chatgpt.com/', role: 'merchant' },
      { url: 'https://platform.openai.com/', role: 'merchant' },
    ])
    expect(openai.map((p) => p.url)).toContain('https://js.stripe.com/')
    expect(openai.map((p) => p.url)).toContain('https://api.stripe.com/')
    const both = paymentUrlsFor(['anthropic', 'openai'])
    expect(both.filter((p) => p.role === 'merchant').map((p) => p.url)).toEqual([
      'https://chatgpt.com/',
      'https://platform.openai.com/',
      'https://claude.ai/',
      'https://platform.claude.com/',
    ])
    expect(new Set(both.map((p) => p.url)).size).toBe(both.length)
  })
})
