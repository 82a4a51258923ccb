import { describe, expect, it } from 'vitest'
import type { CountryCode } from '../../../../src/shared/geo/country'
import { servesRegion } from '../../../../src/shared/merchant/serves-region'
import type { MerchantId } from '../../../../src/shared/merchant/watched'
import { evaluate } from '../../../../src/shared/verdict/evaluate'
import { exitsSeenBy, regionFindings } from '../../../../src/shared/verdict/region-rules'
import { exitOf, observationOf } from '../../../support/observations'
import { usProfile } from '../../../support/profiles'
import { T0 as t0, verdictContext } from '../../../support/verdict-context'

const ctx = (merchants?: readonly MerchantId[]) => verdictContext(merchants ? { merchants } : {})
const HK = '203.0.113.7'
const profileIn = (country: string, postalCode = '') =>
  usProfile({
    card: { issuingCountry: country as CountryCode },
    billing: {
      country: country as CountryCode,
      state: '',
      postalCode,
      city: 'City',
      line1: '1 Road',
    },
  })
const allIn = (country: string) => observationOf(t0, { merchant: exitOf('merchant', HK, country) })
const ids = (v: { findings: readonly { id: string; severity: string }[] }) =>
  v.findings.map((f) => `${f.id}:${f.severity}`)

describe('supported-region rule', () => {
  it('turns an all-Hong-Kong profile red for OpenAI, which does not serve Hong Kong', () => {
    // Card, billing address and every exit agree: every other comparison passes.
    expect(servesRegion('openai', 'HK')).toBe('not-served')
    const verdict = evaluate(profileIn('HK'), allIn('HK'), ctx())
    expect(verdict.light).toBe('red')
    const reds = verdict.findings.filter((f) => f.severity === 'red')
    expect(reds.map((f) => f.id)).toEqual(['region-not-served'])
    expect(reds[0]?.evidence).toMatchObject({ merchant: 'openai', country: 'HK' })
    expect(reds[0]?.evidence['routes']).toContain(`merchant: ${HK}`)
    expect(reds[0]?.message.zh).toContain('香港')
    expect(reds[0]?.message.en).toContain('account suspended')
    // The billing and card country are shown as information only (no merchant statement).
    expect(ids(verdict)).toContain('region-profile-not-served:info')
  })

  it('is red on a generic exit too when the merchant route is in a served country', () => {
    const observation = observationOf(t0, {
      merchant: exitOf('merchant', '192.0.2.1', 'JP'),
      ipv4: exitOf('ipv4', '192.0.2.1', 'JP'),
      ipv6: exitOf('ipv6', '2001:db8::1', 'RU'),
    })
    expect(servesRegion('openai', 'JP')).toBe('served')
    const found = regionFindings(observation, ['openai'])
    expect(found.map((f) => [f.id, f.evidence['country'], f.evidence['routes']])).toEqual([
      ['region-not-served', 'RU', 'ipv6: 2001:db8::1'],
    ])
  })

  it('names the route whose exit is not served, not just "the exit"', () => {
    const observation = observationOf(t0, {
      merchant: exitOf('merchant', '104.28.41.17', 'US'),
      ipv4: exitOf('ipv4', '104.28.41.17', 'US'),
      ipv6: exitOf('ipv6', '240e::1', 'CN'),
    })
    const verdict = evaluate(usProfile(), observation, ctx())
    const first = verdict.findings[0]
    expect(first?.id).toBe('region-not-served')
    expect(first?.message.zh).toMatch(/^IPv6 出口在中国（240e::1），OpenAI/)
    expect(first?.message.en).toMatch(/^Your IPv6 exit is in China \(240e::1\)/)
    expect(first?.headline).toEqual({ zh: 'IPv6 出口在中国', en: 'IPv6 exit in China' })
    // It says how to close the leak, and does not overclaim: likely declined, not "cannot succeed".
    expect(first?.message.zh).toContain('让代理客户端接管 IPv6')
    expect(first?.message.zh).toContain('很可能被拒')
    expect(first?.message.zh).not.toContain('无法成功')
    expect(first?.message.en).toContain('likely to be declined')
    expect(first?.message.en).not.toContain('cannot succeed')
    // The same IPv6 problem is not listed a second time as ipv6-vs-billing.
    expect(ids(verdict)).toEqual(['region-not-served:red'])
    // Routes through a data-centre node in Hong Kong: the node is the problem, named by route.
    const node = (route: 'merchant' | 'ipv4') => ({
      ...exitOf(route, HK, 'HK'),
      network: {
        asn: 20473,
        org: 'Vultr',
        kind: 'hosting' as const,
        reason: 'known-hosting' as const,
        witnesses: [],
        agreement: 'none' as const,
      },
    })
    const viaNode = observationOf(t0, { merchant: node('merchant'), ipv4: node('ipv4') })
    const both = regionFindings(viaNode, ['openai'])[0]
    expect(both?.message.zh).toMatch(/^商户\/IPv4 出口在香港/)
    expect(both?.headline.zh).toBe('商户/IPv4 出口在香港')
  })

  it('says the proxy is not in effect when every exit leaves from the home line of an unserved region', () => {
    const home = observationOf(t0, {
      ipv4: exitOf('ipv4', '1.2.4.8', 'CN'),
      ipv6: exitOf('ipv6', '240e::1', 'CN'),
    })
    // No profile yet, chatgpt.com unreachable: red all the same, with the network's fix first.
    const verdict = evaluate(null, home, ctx())
    expect(verdict.light).toBe('red')
    expect(verdict.findings[0]?.id).toBe('region-not-served')
    expect(verdict.findings[0]?.headline).toEqual({
      zh: '代理没有生效：出口在中国',
      en: 'Proxy not in effect: exit in China',
    })
    expect(verdict.findings[0]?.message.zh).toMatch(/^代理没有生效：出口在中国（IPv4\/IPv6 /)
    expect(verdict.findings.map((f) => f.id)).toContain('profile-missing')
  })

  it('stays silent for a merchant that serves the region', () => {
    expect(servesRegion('openai', 'JP')).toBe('served')
    const verdict = evaluate(profileIn('JP', '100-0001'), allIn('JP'), ctx())
    expect(verdict.findings.filter((f) => f.id.startsWith('region-'))).toEqual([])
    expect(verdict.light).toBe('green')
  })

  it("keeps 'unknown' silent, not even information (Ukraine on Anthropic's list, listed in part)", () => {
    expect(servesRegion('anthropic', 'UA')).toBe('unknown')
    const verdict = evaluate(profileIn('UA', '01001'), allIn('UA'), ctx(['anthropic']))
    expect(verdict.light).toBe('green')
    expect(ids(verdict)).toEqual([])
  })

  it('is green for the US on OpenAI and red, with the list and its date, for Venezuela', () => {
    expect(evaluate(usProfile(), allIn('US'), ctx()).light).toBe('green')
    const ve = evaluate(profileIn('VE'), allIn('VE'), ctx())
    expect(ve.light).toBe('red')
    const found = ve.findings.find((f) => f.id === 'region-not-served')
    expect(found?.evidence).toMatchObject({
      merchant: 'openai',
      country: 'VE',
      retrieved: '2026-08-21',
      source: expect.stringContaining('help.openai.com'),
    })
    expect(found?.message.en).toContain('read 2026-08-21')
    expect(found?.message.zh).toContain('2026-08-21 读取')
  })

  it('follows the chosen merchant: Anthropic serves the US and not Hong Kong', () => {
    // Anthropic's route is read from its own edge (claude.ai): a US exit all round is green.
    const us = evaluate(usProfile(), allIn('US'), ctx(['anthropic']))
    expect(ids(us)).toEqual([])
    const hk = evaluate(profileIn('HK'), allIn('HK'), ctx(['anthropic']))
    expect(hk.light).toBe('red')
    expect(hk.findings.find((f) => f.severity === 'red')?.evidence['merchant']).toBe('anthropic')
  })

  it('checks each watched merchant on its own', () => {
    const found = regionFindings(allIn('HK'), ['openai', 'anthropic'])
    expect(found.map((f) => `${f.id}:${f.evidence['merchant']}`)).toEqual([
      'region-not-served:openai',
      'region-not-served:anthropic',
    ])
  })

  it("does not attribute another merchant's edge to a merchant whose own edge was not seen", () => {
    const observation = observationOf(
      t0,
      {
        merchant: { ...exitOf('merchant', HK, 'HK'), seenBy: ['chatgpt'] },
        ipv4: exitOf('ipv4', '192.0.2.9', 'US'),
      },
      {
        sightings: [
          {
            source: 'chatgpt',
            url: 'https://chatgpt.com/cdn-cgi/trace',
            kind: 'merchant' as const,
            family: 'any' as const,
            ip: HK,
            ipFamily: 4 as const,
            country: null,
            rawCountry: 'XX',
            failure: null,
            elapsedMs: 1,
          },
        ],
      },
    )
    expect(exitsSeenBy('anthropic', observation).map((e) => e.route)).toEqual(['ipv4'])
    expect(exitsSeenBy('openai', observation).map((e) => e.route)).toEqual(['merchant', 'ipv4'])
    expect(regionFindings(observation, ['anthropic'])).toEqual([])
  })

  it('needs fresh evidence: a not-served exit on stale evidence is grey, not red', () => {
    const stale = { ...ctx(), now: t0 + 10 * 60_000 }
    expect(evaluate(profileIn('HK'), allIn('HK'), stale).light).toBe('grey')
  })
})

describe("Anthropic's own edge", () => {
  const trace = (source: string, url: string, ip: string | null) => ({
    source,
    url,
    kind: 'merchant' as const,
    family: 'any' as const,
    ip,
    ipFamily: ip ? (4 as const) : null,
    country: null,
    rawCountry: ip ? 'US' : null,
    failure: ip ? null : { code: 'timeout' as const, detail: 'no answer' },
    elapsedMs: 1,
  })

  it("says 'untraced' when claude.ai's trace fails while OpenAI's edge answered", () => {
    const observation = observationOf(
      t0,
      { merchant: { ...exitOf('merchant', '192.0.2.9', 'US'), seenBy: ['chatgpt'] } },
      {
        sightings: [
          trace('chatgpt', 'https://chatgpt.com/cdn-cgi/trace', '192.0.2.9'),
          trace('claude', 'https://claude.ai/cdn-cgi/trace', null),
        ],
      },
    )
    const verdict = evaluate(usProfile(), observation, ctx(['openai', 'anthropic']))
    const untraced = verdict.findings.filter((f) => f.id === 'merchant-route-untraced')
    expect(untraced.map((f) => f.evidence['merchant'])).toEqual(['anthropic'])
    expect(verdict.light).toBe('yellow')
  })

  it('is green when both edges answered the same exit', () => {
    const observation = observationOf(
      t0,
      { merchant: { ...exitOf('merchant', '192.0.2.9', 'US'), seenBy: ['chatgpt', 'claude'] } },
      {
        sightings: [
          trace('chatgpt', 'https://chatgpt.com/cdn-cgi/trace', '192.0.2.9'),
          trace('claude', 'https://claude.ai/cdn-cgi/trace', '192.0.2.9'),
        ],
      },
    )
    expect(evaluate(usProfile(), observation, ctx(['openai', 'anthropic'])).light).toBe('green')
  })
})
