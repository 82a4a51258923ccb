import { describe, expect, it } from 'vitest'
import type { CountryCode } from '../../../../src/shared/country'
import { buildObservation } from '../../../../src/shared/monitor/build-observation'
import type { Sighting } from '../../../../src/shared/monitor/observation'
import { evaluate } from '../../../../src/shared/verdict/evaluate'
import { usProfile } from '../../../support/profiles'
import { freshContext } from '../../../support/verdict-context'

const t0 = Date.parse('2026-12-01T10:00:00Z')
const ctx = freshContext(t0, { merchants: ['openai'] })
const code = (c: string) => c as CountryCode
const sighting = (source: string, ip: string, loc: string | null, kind: Sighting['kind']) => ({
  source,
  url: `https://example.test/${source}`,
  kind,
  family: 'any' as const,
  ip,
  ipFamily: ip.includes(':') ? (6 as const) : (4 as const),
  country: loc ? code(loc) : null,
  rawCountry: loc,
  failure: null,
  elapsedMs: 10,
})

// A campus IPv6 in CERNET2 (2001:da8::/32): geo-whois-asn-country says AU, iptoasn-country CN.
const CAMPUS = '2001:da8:8000::1'
const US_V4 = '73.15.20.1'
const offline = (main: string | null, second: string | null, v4: string) => ({
  locate: (ip: string) => code(ip === CAMPUS ? (main ?? '') : v4) || null,
  alsoLocate: [
    { by: 'iptoasn', locate: (ip: string) => code(ip === CAMPUS ? (second ?? '') : v4) || null },
  ],
  online: new Map(),
})
const observe = (main: string, second: string, v4: string) =>
  buildObservation(
    [sighting('chatgpt', US_V4, v4, 'merchant'), sighting('cf-v4', US_V4, v4, 'trace')],
    offline(main, second, v4),
    null,
    new Date(t0),
  )
// The IPv6 trace did not answer: the IPv6 exit is known from an echo only, no edge placed it.
const withV6 = (main: string, second: string, v4: string) =>
  buildObservation(
    [
      ...observe(main, second, v4).sightings,
      { ...sighting('ipify6', CAMPUS, null, 'echo'), family: 'v6' as const },
    ],
    offline(main, second, v4),
    null,
    new Date(t0),
  )

describe('a country the two offline databases dispute', () => {
  it('names both countries and is never green, when no edge placed the exit', () => {
    const observation = withV6('AU', 'CN', 'AU')
    expect(observation.exits.ipv6?.disputed).toEqual(['AU', 'CN'])
    // An Australian card no longer hides a Chinese leak.
    const au = usProfile({
      card: { issuingCountry: code('AU') },
      billing: { country: code('AU'), state: '', postalCode: '2000', city: 'Sydney' },
    })
    const verdict = evaluate(au, observation, ctx)
    expect(verdict.light).toBe('yellow')
    const found = verdict.findings.find((f) => f.id === 'country-disputed')
    expect(found?.severity).toBe('yellow')
    expect(found?.message.zh).toContain('澳大利亚')
    expect(found?.message.zh).toContain('中国')
    expect(found?.message.en).toMatch(/Australia.*China/)
    // On IPv6 it says how to close the leak.
    expect(found?.message.en).toContain('let the proxy client take over IPv6')
  })

  it('stays red when every disputed country fails the comparison (a US card, AU or CN)', () => {
    const verdict = evaluate(usProfile(), withV6('AU', 'CN', 'US'), ctx)
    expect(verdict.light).toBe('red')
    expect(verdict.findings.map((f) => f.id)).toContain('ipv6-vs-billing')
    expect(verdict.findings.map((f) => f.id)).toContain('country-disputed')
  })

  it('is settled by an edge: a trace that placed the exit decides, no dispute', () => {
    const observation = observe('US', 'CN', 'US')
    expect(observation.exits.merchant?.disputed).toBeUndefined()
    expect(evaluate(usProfile(), observation, ctx).light).toBe('green')
  })

  it('is no dispute when both databases agree', () => {
    expect(withV6('CN', 'CN', 'US').exits.ipv6?.disputed).toBeUndefined()
  })
})

describe('the comparison table on a disputed exit', () => {
  it('marks it neither ✓ nor ✗ when only some of its countries match the billing country', async () => {
    const { markExit } = await import('../../../../src/shared/comparison')
    expect(markExit({ country: code('AU'), disputed: [code('AU'), code('CN')] }, code('AU'))).toBe(
      'unknown',
    )
    expect(markExit({ country: code('AU'), disputed: [code('AU'), code('CN')] }, code('US'))).toBe(
      'differs',
    )
    expect(markExit({ country: code('US') }, code('US'))).toBe('matches')
  })
})
