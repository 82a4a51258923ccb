import type { CountryCode } from '../../../src/shared/geo/country'
import type { Observation } from '../../../src/shared/monitor/observation'
import { evaluate, type VerdictContext } from '../../../src/shared/verdict/evaluate'
import type { CardProfile } from '../../../src/shared/profile/schema'
import { exitOf, observationOf } from '../../support/observations'
import { usProfile } from '../../support/profiles'
import { T0 as t0, verdictContext } from '../../support/verdict-context'
import { sighting } from '../../support/sightings'

const ctx = verdictContext
const us = (ip = '104.28.41.17') => exitOf('merchant', ip, 'US')
const obs = (exits: Partial<Observation['exits']>, extra: Partial<Observation> = {}) =>
  observationOf(t0, exits, extra)
const de = {
  card: { issuingCountry: 'DE' as CountryCode },
  billing: {
    country: 'DE' as CountryCode,
    state: '',
    postalCode: '10115',
    city: 'Berlin',
    line1: 'Unter den Linden 1',
  },
}

interface Scenario {
  readonly name: string
  readonly profile: CardProfile | null
  readonly observation: Observation | null
  readonly context?: Partial<VerdictContext>
  readonly light: string
  readonly ids: readonly string[]
}

const scenarios: Scenario[] = [
  {
    name: 'everything consistent on fresh evidence',
    profile: usProfile(),
    observation: obs({ merchant: us() }),
    light: 'green',
    ids: [],
  },
  {
    name: 'no profile',
    profile: null,
    observation: obs({ merchant: us() }),
    light: 'grey',
    ids: ['profile-missing'],
  },
  {
    name: 'no observation yet',
    profile: usProfile(),
    observation: null,
    context: { lastAttempt: null },
    light: 'grey',
    ids: ['evidence-none'],
  },
  {
    name: 'evidence older than two intervals',
    profile: usProfile(),
    observation: obs({ merchant: us() }),
    context: { now: t0 + 121_000 },
    light: 'grey',
    ids: ['evidence-stale'],
  },
  {
    name: 'evidence from before a sleep',
    profile: usProfile(),
    observation: obs({ merchant: us() }),
    context: { sleptAt: new Date(t0 + 1000).toISOString() },
    light: 'grey',
    ids: ['evidence-stale'],
  },
  {
    name: 'the last check failed',
    profile: usProfile(),
    observation: obs({ merchant: us() }),
    context: {
      lastAttempt: {
        at: new Date(t0 + 2000).toISOString(),
        ok: false,
        trigger: 'interval',
        failures: [],
      },
    },
    light: 'grey',
    ids: ['evidence-failed'],
  },
  {
    name: 'a red card problem shows while the network is still unknown',
    profile: usProfile({ card: { funding: 'prepaid' } }),
    observation: null,
    context: { lastAttempt: null },
    light: 'red',
    ids: ['card-prepaid', 'evidence-none'],
  },
  {
    name: 'Chinese exit with a US card and address',
    profile: usProfile(),
    observation: obs({ merchant: exitOf('merchant', '1.2.4.8', 'CN') }),
    light: 'red',
    // OpenAI does not serve mainland China either: red with that reason too.
    ids: ['network-vs-billing', 'network-vs-card', 'region-not-served'],
  },
  {
    name: 'network matches billing but not the card',
    profile: usProfile({ card: { issuingCountry: 'GB' as CountryCode } }),
    observation: obs({ merchant: us() }),
    light: 'red',
    ids: ['network-vs-card', 'card-vs-billing'],
  },
  {
    name: 'IPv6 leaks the home country',
    profile: usProfile(),
    observation: obs({ merchant: us(), ipv6: exitOf('ipv6', '240e::1', 'CN') }),
    light: 'red',
    // The region rule names the IPv6 exit; ipv6-vs-billing would repeat it with the same step.
    ids: ['region-not-served'],
  },
  {
    name: 'IPv6 in a served country other than the billing country',
    profile: usProfile(),
    observation: obs({ merchant: us(), ipv6: exitOf('ipv6', '2001:db8::1', 'JP') }),
    light: 'red',
    ids: ['ipv6-vs-billing'],
  },
  {
    name: 'IPv6 exit with no known country',
    profile: usProfile(),
    observation: obs({ merchant: us(), ipv6: exitOf('ipv6', '2001:470::1', null) }),
    light: 'yellow',
    ids: ['ipv6-country-unknown'],
  },
  {
    name: 'split routing to another country',
    profile: usProfile(),
    observation: obs({ merchant: us(), ipv4: exitOf('ipv4', '1.2.4.8', 'CN') }),
    light: 'red',
    ids: ['split-routing-country', 'region-not-served'],
  },
  {
    name: 'split routing within the country',
    profile: usProfile(),
    observation: obs({ merchant: us(), ipv4: exitOf('ipv4', '8.8.8.8', 'US') }),
    light: 'yellow',
    ids: ['split-routing-ip'],
  },
  {
    name: 'PAC sends Stripe another way',
    profile: usProfile(),
    observation: obs(
      { merchant: us() },
      {
        proxy: [
          { url: 'https://chatgpt.com/', rule: 'PROXY 127.0.0.1:7890' },
          { url: 'https://js.stripe.com/', rule: 'DIRECT' },
        ],
      },
    ),
    light: 'yellow',
    ids: ['split-routing-proxy'],
  },
  {
    name: 'sources disagree about the country',
    profile: usProfile(),
    observation: obs({
      merchant: {
        ...us(),
        agreement: 'disagree',
        witnesses: [
          { by: 'chatgpt', kind: 'edge', country: 'US' as CountryCode },
          { by: 'local-db', kind: 'local-db', country: 'HK' as CountryCode },
        ],
      },
    }),
    light: 'yellow',
    ids: ['sources-disagree'],
  },
  {
    name: 'EEA card used from another EEA country',
    profile: usProfile({ ...de, card: { issuingCountry: 'LT' as CountryCode } }),
    observation: obs({ merchant: exitOf('merchant', '5.5.5.5', 'DE') }),
    light: 'yellow',
    ids: ['network-vs-card', 'card-vs-billing'],
  },
  {
    name: 'German card, address and exit',
    profile: usProfile(de),
    observation: obs({ merchant: exitOf('merchant', '5.5.5.5', 'DE') }),
    light: 'green',
    ids: [],
  },
  {
    name: 'ZIP of another state',
    profile: usProfile({ billing: { state: 'NY' } }),
    observation: obs({ merchant: us() }),
    light: 'red',
    ids: ['zip-state-mismatch'],
  },
  {
    name: 'postal code in the wrong format',
    profile: usProfile({ billing: { postalCode: '9021' } }),
    observation: obs({ merchant: us() }),
    light: 'red',
    ids: ['postal-code-format'],
  },
  {
    name: 'state name instead of code',
    profile: usProfile({ billing: { state: 'California' } }),
    observation: obs({ merchant: us() }),
    light: 'yellow',
    ids: ['state-not-code'],
  },
  {
    name: 'Chinese characters and double spaces',
    profile: usProfile({ billing: { city: '比佛利山', line1: '1  Main St ' } }),
    observation: obs({ merchant: us() }),
    light: 'yellow',
    ids: ['billing-chinese', 'billing-spacing'],
  },
  {
    name: 'full-width digits from an input method',
    profile: usProfile({ billing: { line1: '１ Main St' } }),
    observation: obs({ merchant: us() }),
    light: 'yellow',
    ids: ['billing-full-width'],
  },
  {
    name: 'prepaid card',
    profile: usProfile({ card: { funding: 'prepaid' } }),
    observation: obs({ merchant: us() }),
    light: 'red',
    ids: ['card-prepaid'],
  },
  {
    name: 'expired card',
    profile: usProfile({ card: { expiryMonth: 10, expiryYear: 2026 } }),
    observation: obs({ merchant: us() }),
    light: 'red',
    ids: ['card-expired'],
  },
  {
    name: 'card expiring this month',
    profile: usProfile({ card: { expiryMonth: 11, expiryYear: 2026 } }),
    observation: obs({ merchant: us() }),
    light: 'yellow',
    ids: ['card-expiring'],
  },
  {
    name: 'capabilities not declared',
    profile: usProfile({ capabilities: { usd: false, recurring: false } }),
    observation: obs({ merchant: us() }),
    light: 'yellow',
    ids: ['capabilities-unconfirmed'],
  },
  {
    name: 'capabilities not declared at all raise nothing (only a declared "no" does)',
    profile: usProfile({
      capabilities: { usd: null, international: null, recurring: null, headroom: null },
    }),
    observation: obs({ merchant: us() }),
    light: 'green',
    ids: [],
  },
  {
    name: 'issuing country unknown',
    profile: usProfile({ card: { issuingCountry: null } }),
    observation: obs({ merchant: us() }),
    light: 'yellow',
    ids: ['card-country-unknown'],
  },
  {
    name: 'exit country unknown',
    profile: usProfile(),
    observation: obs({ merchant: exitOf('merchant', '104.28.41.17', null) }),
    light: 'grey',
    ids: ['network-country-unknown'],
  },
  {
    name: 'exit changed five minutes ago',
    profile: usProfile(),
    observation: obs({ merchant: us() }),
    context: { exitChangedAt: new Date(t0 - 5 * 60_000).toISOString() },
    light: 'yellow',
    ids: ['exit-changed-recently'],
  },
  {
    name: 'exit changed an hour ago',
    profile: usProfile(),
    observation: obs({ merchant: us() }),
    context: { exitChangedAt: new Date(t0 - 60 * 60_000).toISOString() },
    light: 'green',
    ids: [],
  },
  {
    name: 'time zone elsewhere is information only',
    profile: usProfile(),
    observation: obs({ merchant: us() }),
    context: { timeZone: 'Asia/Shanghai' },
    light: 'green',
    ids: ['timezone-vs-network'],
  },
  {
    name: 'no merchant route: generic exits agree, but the merchant’s view is unknown',
    profile: usProfile(),
    observation: obs({ ipv4: exitOf('ipv4', '104.28.41.17', 'US') }),
    light: 'yellow',
    ids: ['merchant-route-unknown'],
  },
  {
    name: 'merchant route seen but no generic exit of its family',
    profile: usProfile(),
    observation: obs({ merchant: us(), ipv4: null }),
    light: 'yellow',
    ids: ['split-routing-unknown'],
  },
  {
    name: 'IPv6 answers but its exit cannot be read',
    profile: usProfile(),
    observation: obs(
      { merchant: us() },
      {
        sightings: [
          {
            ...sighting('cf-v6', 'trace', null, null, 'v6'),
            failure: { code: 'http-error', detail: 'HTTP 503' },
          },
        ],
      },
    ),
    light: 'yellow',
    ids: ['ipv6-unverified'],
  },
  {
    name: 'no IPv6 connectivity at all (no route) is not a warning',
    profile: usProfile(),
    observation: obs(
      { merchant: us() },
      {
        sightings: [
          {
            ...sighting('cf-v6', 'trace', null, null, 'v6'),
            failure: { code: 'unreachable', detail: 'connect ENETUNREACH' },
          },
        ],
      },
    ),
    light: 'green',
    ids: [],
  },
  ...(['timeout', 'network', 'broken'] as const).map((code) => ({
    name: `an IPv6 source that failed after trying (${code}) leaves the IPv6 exit unknown`,
    profile: usProfile(),
    observation: obs(
      { merchant: us() },
      {
        sightings: [
          {
            ...sighting('cf-v6', 'trace', null, null, 'v6'),
            failure: { code, detail: code },
          },
        ],
      },
    ),
    light: 'yellow' as const,
    ids: ['ipv6-unverified'],
  })),
]

describe('evaluate: scenarios', () => {
  it.each(scenarios)('$name → $light', ({ profile, observation, context, light, ids }) => {
    const verdict = evaluate(profile, observation, ctx(context))
    expect(verdict.light).toBe(light)
    expect(verdict.findings.map((f) => f.id).sort()).toEqual([...ids].sort())
  })

  it('gives every finding a message in both languages and a step (except information)', () => {
    for (const s of scenarios) {
      for (const f of evaluate(s.profile, s.observation, ctx(s.context)).findings) {
        expect(f.message.zh.length).toBeGreaterThan(4)
        expect(f.message.en.length).toBeGreaterThan(4)
        if (f.severity !== 'info') expect(f.step).not.toBeNull()
      }
    }
  })

  it('lists red first, then grey, yellow and information', () => {
    const verdict = evaluate(
      usProfile({ card: { funding: 'prepaid' }, capabilities: { usd: false } }),
      null,
      ctx({ lastAttempt: null }),
    )
    expect(verdict.findings.map((f) => f.severity)).toEqual(['red', 'grey', 'yellow'])
  })
})
