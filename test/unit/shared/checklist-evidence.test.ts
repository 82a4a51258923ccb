import { stepEvidence, type EvidenceInput } from '../../../src/shared/checklist/step-evidence'
import type { ProfileBook } from '../../../src/shared/profile/schema'
import { evaluate } from '../../../src/shared/verdict/evaluate'
import { exitOf, observationOf } from '../../support/observations'
import { usProfile } from '../../support/profiles'
import { T0 as t0, verdictContext } from '../../support/verdict-context'

const ctx = verdictContext({ now: t0 + 1000 })
const observation = observationOf(t0, {
  merchant: exitOf('merchant', '104.28.41.17', 'US'),
  ipv6: exitOf('ipv6', '240e:3b7::1', 'CN'),
})

function input(profile = usProfile()): EvidenceInput {
  const book: ProfileBook = { schema: 3, activeId: profile.id, profiles: [profile] }
  return { verdict: evaluate(profile, observation, ctx), observation, book }
}

describe('the live evidence of each step', () => {
  it('shows what the card profile says', () => {
    expect(stepEvidence('card-profile', input(), 'zh')).toEqual([
      '卡片：BIN 411111，Visa，发卡国家 美国',
    ])
    expect(stepEvidence('card-types', input(), 'en')).toEqual(['Card type: Credit'])
    const status = stepEvidence(
      'card-status',
      input(usProfile({ capabilities: { usd: false, recurring: null } })),
      'en',
    )
    expect(status[0]).toBe('Expiry: 12/2030')
    expect(status).toContain('USD payments enabled: not confirmed')
    expect(status.filter((line) => line.endsWith(': not filled in'))).toHaveLength(1)
    expect(
      stepEvidence('billing-address', input(usProfile({ billing: { state: ' ' } })), 'zh'),
    ).toEqual(['账单地址：美国，州/省 未填写，邮编 90210'])
  })

  it('compares every exit with the billing country, the IPv6 leak included', () => {
    expect(stepEvidence('vpn-region', input(), 'zh')).toEqual([
      '发卡国家：美国（与账单国家一致）',
      '账单国家：美国',
      '网络出口 · 商户：美国（与账单国家一致）',
      '网络出口 · IPv4：美国（与账单国家一致）',
      '网络出口 · IPv6：中国（与账单国家不一致）',
    ])
  })

  it('lists the exits seen for the network step and the light for the pre-payment check', () => {
    const network = stepEvidence('network-exit', input(), 'en')
    expect(network).toHaveLength(3)
    expect(network[0]).toMatch(/104\.28\.41\.17/)
    expect(stepEvidence('pre-check', input(), 'en')).toEqual(['Now: Red · IPv6 exit in China'])
  })

  it('says nothing it cannot know: no profile, no card facts; manual steps, no lines', () => {
    const bare: EvidenceInput = {
      verdict: evaluate(null, observation, ctx),
      observation,
      book: { schema: 3, activeId: null, profiles: [] },
    }
    for (const step of [
      'card-profile',
      'card-types',
      'card-status',
      'billing-address',
      'vpn-region',
    ] as const)
      expect(stepEvidence(step, bare, 'zh'), step).toEqual([])
    expect(stepEvidence('clear-cache', input(), 'zh')).toEqual([])
    expect(stepEvidence('wait-risk', input(), 'zh')).toEqual([])
  })
})
