import { evaluate } from '../../../../src/shared/verdict/evaluate'
import { nextStep } from '../../../../src/shared/view/next-step'
import { translate } from '../../../../src/shared/i18n/translate'
import { exitOf, observationOf } from '../../../support/observations'
import { usProfile } from '../../../support/profiles'
import { T0 as t0, verdictContext } from '../../../support/verdict-context'

const usExit = observationOf(t0, { merchant: exitOf('merchant', '104.28.41.17', 'US') })

describe('virtual and prepaid cards', () => {
  it('a card service’s virtual card is its own type: said, but not red', () => {
    const verdict = evaluate(
      usProfile({ card: { funding: 'debit', issuedBy: 'card-service' } }),
      usExit,
      verdictContext(),
    )
    expect(verdict.light).toBe('green')
    const virtual = verdict.findings.find((f) => f.id === 'card-virtual')
    expect(virtual?.severity).toBe('info')
    expect(virtual?.message.zh).toContain('卡服务商的虚拟卡')
    expect(virtual?.message.zh).toContain('MCC')
    expect(virtual?.message.en).toContain('card service')
  })

  it.each([
    ['bank', '这是预付卡', 'prepaid'],
    ['card-service', '卡服务商的虚拟卡用的是预付卡 BIN', 'prepaid BIN'],
  ] as const)('a prepaid BIN (%s) is red and names its own cause', (issuedBy, zh, en) => {
    const verdict = evaluate(
      usProfile({ card: { funding: 'prepaid', issuedBy } }),
      usExit,
      verdictContext(),
    )
    expect(verdict.light).toBe('red')
    const step = nextStep(verdict)
    expect(step).toMatchObject({ kind: 'fix', finding: { id: 'card-prepaid' } })
    if (step.kind !== 'fix') return
    expect(step.finding.message.zh).toContain(zh)
    expect(step.finding.message.en).toContain(en)
    // The red says what is wrong with this card, not that something "does not agree".
    const light = translate('zh', 'light.red')
    for (const text of [step.finding.message.zh, light]) expect(text).not.toContain('不一致')
  })
})
