import fc from 'fast-check'
import type { CountryCode } from '../../../src/shared/geo/country'
import { findingRank, severityRank } from '../../../src/shared/verdict/next-step-priority'
import {
  nextStep,
  orderFindings,
  remainingFindings,
  targetOf,
} from '../../../src/shared/view/next-step'
import { evaluate } from '../../../src/shared/verdict/evaluate'
import { finding } from '../../../src/shared/verdict/finding'
import { findingCatalogue, findingIds } from '../../../src/shared/verdict/finding-catalogue'
import type { Finding } from '../../../src/shared/verdict/types'
import { exitOf, observationOf } from '../../support/observations'
import { usProfile } from '../../support/profiles'
import { T0 as t0, verdictContext } from '../../support/verdict-context'

const ctx = verdictContext
const usExit = observationOf(t0, { merchant: exitOf('merchant', '104.28.41.17', 'US') })
const jpExit = observationOf(t0, { merchant: exitOf('merchant', '45.76.1.2', 'JP') })

describe('the next step', () => {
  it('is "keep this exit and pay" on green, even with information findings', () => {
    const verdict = evaluate(usProfile(), usExit, ctx({ timeZone: 'Asia/Shanghai' }))
    expect(verdict.light).toBe('green')
    expect(verdict.findings.map((f) => f.id)).toEqual(['timezone-vs-network'])
    expect(nextStep(verdict)).toEqual({ kind: 'go' })
    expect(remainingFindings(verdict).map((f) => f.id)).toEqual(['timezone-vs-network'])
  })

  it('without a profile, leads to the first field of the profile form', () => {
    const step = nextStep(evaluate(null, usExit, ctx()))
    expect(step).toMatchObject({
      kind: 'fix',
      finding: { id: 'profile-missing' },
      target: { kind: 'field', field: 'card.bin' },
    })
  })

  it('puts a known red before grey: a prepaid card is red whether or not the check works', () => {
    const failed = ctx({
      lastAttempt: {
        at: new Date(t0 + 1000).toISOString(),
        ok: false,
        trigger: 'interval',
        failures: [],
      },
    })
    const verdict = evaluate(usProfile({ card: { funding: 'prepaid' } }), usExit, failed)
    expect(verdict.light).toBe('red')
    expect(verdict.findings.map((f) => f.id)).toEqual(['card-prepaid', 'evidence-failed'])
    expect(nextStep(verdict)).toMatchObject({
      finding: { id: 'card-prepaid' },
      target: { kind: 'step', step: 'card-types' },
    })
    // With nothing red, the failed check is the next step, and a new check shows the fix.
    const unknown = evaluate(usProfile(), usExit, failed)
    expect(nextStep(unknown)).toMatchObject({
      finding: { id: 'evidence-failed' },
      target: { kind: 'step', step: 'network-exit' },
      recheck: true,
    })
  })

  it('asks for a new check when the evidence is only old', () => {
    const verdict = evaluate(usProfile(), usExit, ctx({ now: t0 + 10 * 60_000 }))
    expect(nextStep(verdict)).toMatchObject({
      finding: { id: 'evidence-stale' },
      target: { kind: 'check-now' },
    })
  })

  it('within red, a card that cannot pay comes before the exit country', () => {
    const verdict = evaluate(usProfile({ card: { funding: 'prepaid' } }), jpExit, ctx())
    const reversed = { ...verdict, findings: [...verdict.findings].reverse() }
    expect(reversed.findings[0]?.id).not.toBe('card-prepaid')
    expect(nextStep(reversed)).toMatchObject({
      finding: { id: 'card-prepaid' },
      target: { kind: 'step', step: 'card-types' },
    })
    expect(remainingFindings(verdict).map((f) => f.id)).toEqual([
      'network-vs-billing',
      'network-vs-card',
    ])
  })

  it('leads an address typed with spaces to the first field that has them', () => {
    const verdict = evaluate(
      usProfile({ billing: { city: 'Beverly  Hills', line1: ' 1 Main St' } }),
      usExit,
      ctx(),
    )
    expect(nextStep(verdict)).toMatchObject({
      finding: { id: 'billing-spacing', evidence: { fields: 'city,line1' } },
      target: { kind: 'field', field: 'billing.city' },
    })
  })

  it('leads a ZIP that is not the state’s to the postal code field', () => {
    const verdict = evaluate(usProfile({ billing: { postalCode: '10001' } }), usExit, ctx())
    expect(nextStep(verdict)).toMatchObject({
      finding: { id: 'zip-state-mismatch' },
      target: { kind: 'field', field: 'billing.postalCode' },
    })
  })
})

describe('the capability finding', () => {
  const unconfirmed = usProfile({
    capabilities: { usd: false, international: false, recurring: false, headroom: false },
  })

  it('is ONE finding for the four declarations, each kept in its evidence', () => {
    const verdict = evaluate(unconfirmed, usExit, ctx())
    expect(verdict.light).toBe('yellow')
    expect(verdict.findings).toHaveLength(1)
    expect(verdict.findings[0]).toMatchObject({
      id: 'capabilities-unconfirmed',
      severity: 'yellow',
      step: 'card-status',
      evidence: {
        usd: false,
        international: false,
        recurring: false,
        headroom: false,
        unconfirmed: 'usd,international,recurring,headroom',
      },
    })
    expect(nextStep(verdict)).toMatchObject({ target: { kind: 'field', field: 'capabilities' } })
  })

  it('names only the unconfirmed ones, in each language', () => {
    const some = usProfile({
      capabilities: { usd: true, international: false, recurring: null, headroom: false },
    })
    const [only] = evaluate(some, usExit, ctx()).findings
    expect(only?.evidence).toMatchObject({
      usd: true,
      international: false,
      recurring: null,
      headroom: false,
    })
    expect(only?.message.zh).toBe(
      '尚未向发卡行确认：境外在线支付、至少 $5 余量（绑卡时有约 $5 的预授权）；确认后在卡片资料里勾选',
    )
    expect(only?.message.en).toBe(
      'Not yet confirmed with your issuer: international online payments, at least $5 of headroom (adding a card places a ~$5 hold); tick them in the card profile once confirmed',
    )
  })
})

describe('the order of findings', () => {
  const sample = (id: keyof typeof findingCatalogue): Finding => ({
    ...finding({ id, severity: findingCatalogue[id].severities[0], evidence: {} } as never),
  })
  const all = findingIds.map(sample)

  it('ranks every finding in the catalogue exactly once', () => {
    const ranks = findingIds.map(findingRank)
    expect(ranks.every((r) => r >= 0)).toBe(true)
    expect(new Set(ranks).size).toBe(findingIds.length)
  })

  it('picks the worst severity first, then the fixed priority, and keeps every other finding', () => {
    fc.assert(
      fc.property(fc.subarray(all, { minLength: 1 }), fc.boolean(), (findings, shuffle) => {
        const list = shuffle ? [...findings].reverse() : findings
        const light = list.some((f) => f.severity === 'grey')
          ? 'grey'
          : list.some((f) => f.severity === 'red')
            ? 'red'
            : list.some((f) => f.severity === 'yellow')
              ? 'yellow'
              : 'green'
        const verdict = { light, findings: list } as const
        const step = nextStep(verdict)
        const key = (f: Finding) => [severityRank[f.severity], findingRank(f.id)] as const
        const ordered = orderFindings(list)
        for (let i = 1; i < ordered.length; i++) {
          const [a, b] = [key(ordered[i - 1]!), key(ordered[i]!)]
          expect(a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1])).toBe(true)
        }
        if (light === 'green') {
          expect(step).toEqual({ kind: 'go' })
          expect(remainingFindings(verdict)).toHaveLength(list.length)
        } else {
          expect(step.kind === 'fix' && step.finding).toBe(ordered[0])
          expect(remainingFindings(verdict)).toEqual(ordered.slice(1))
        }
      }),
    )
  })

  it('gives every finding with a checklist step somewhere to go, except a wait', () => {
    for (const f of all) {
      const target = targetOf(f)
      if (f.step === null || f.id === 'profile-unlocking') expect(target).toBeNull()
      else expect(target).not.toBeNull()
    }
  })

  it('while the profile is unlocking, puts the wait first and leads nowhere (nothing to fix)', () => {
    const verdict = evaluate(null, usExit, { ...ctx(), profileLoading: true })
    expect(verdict.light).toBe('grey')
    const step = nextStep(verdict)
    expect(step).toMatchObject({ kind: 'fix', finding: { id: 'profile-unlocking' }, target: null })
    expect(verdict.findings.map((f) => f.id)).not.toContain('profile-missing')
  })
})

describe('the words of the findings', () => {
  it('name countries, not codes, inside a Chinese sentence', () => {
    const verdict = evaluate(usProfile({ billing: { postalCode: '9021' } }), usExit, ctx())
    const postal = verdict.findings.find((f) => f.id === 'postal-code-format')
    expect(postal?.message.zh).toBe('邮编“9021”不符合美国的格式')
    expect(postal?.message.en).toBe(
      'The postal code “9021” does not fit the format of United States',
    )
  })

  it('say which route saw which countries in the reader’s language', () => {
    const torn = {
      ...exitOf('merchant', '104.28.41.17', 'US'),
      witnesses: [
        { by: 't', kind: 'edge' as const, country: 'US' as CountryCode },
        { by: 'local-db', kind: 'local-db' as const, country: 'CN' as CountryCode },
      ],
      agreement: 'disagree' as const,
    }
    const verdict = evaluate(
      usProfile(),
      observationOf(t0, { merchant: torn, ipv4: exitOf('ipv4', '104.28.41.17', 'US') }),
      ctx(),
    )
    const disagree = verdict.findings.find((f) => f.id === 'sources-disagree')
    expect(disagree?.message.zh).toBe(
      '各来源对出口国家说法不一（商户：美国/中国），商户可能看到美国',
    )
    expect(disagree?.message.en).toContain('(Merchant: United States/China)')
  })

  it('name the watched merchant, not OpenAI, for a proxy that splits Anthropic’s pages', () => {
    const observation = observationOf(
      t0,
      { ipv4: exitOf('ipv4', '104.28.41.17', 'US') },
      {
        proxy: [
          { url: 'https://claude.ai/', rule: 'PROXY a:1', role: 'merchant' },
          { url: 'https://js.stripe.com/', rule: 'DIRECT', role: 'processor' },
        ],
      },
    )
    const verdict = evaluate(usProfile(), observation, ctx({ merchants: ['anthropic'] }))
    const proxy = verdict.findings.find((f) => f.id === 'split-routing-proxy')
    expect(proxy?.message.zh).toBe(
      '系统代理把付款网站分流了（claude.ai → PROXY a:1；js.stripe.com → DIRECT）：Anthropic 的结账页可能从另一个出口付款',
    )
    expect(proxy?.message.en).not.toContain('OpenAI')
  })
})
