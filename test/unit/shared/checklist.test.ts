import { stepStatuses } from '../../../src/shared/checklist/step-status'
import { checklist } from '../../../src/shared/checklist/steps'
import { checklistSteps } from '../../../src/shared/checklist/step-ids'
import { translate } from '../../../src/shared/i18n/translate'
import { evaluate } from '../../../src/shared/verdict/evaluate'
import { exitOf, observationOf } from '../../support/observations'
import { usProfile } from '../../support/profiles'
import { T0 as t0, verdictContext } from '../../support/verdict-context'

const ctx = verdictContext({ now: t0 + 1000 })
const us = observationOf(t0, { merchant: exitOf('merchant', '104.28.41.17', 'US') })

describe('the checklist', () => {
  it('has a step for every step a finding can point at, in both languages', () => {
    expect(checklist.map((s) => s.id).sort()).toEqual([...checklistSteps].sort())
    for (const step of checklist) {
      expect(translate('zh', step.title)).not.toBe(translate('en', step.title))
      expect(step.points.length).toBeGreaterThan(0)
    }
  })

  it('passes every checkable step when the light is green, and leaves the manual ones to the user', () => {
    const statuses = stepStatuses(evaluate(usProfile(), us, ctx))
    expect(statuses).toEqual({
      'card-profile': 'pass',
      'network-exit': 'pass',
      'card-types': 'pass',
      'card-status': 'pass',
      'billing-address': 'pass',
      'vpn-region': 'pass',
      'clear-cache': 'manual',
      'wait-risk': 'manual',
      'pre-check': 'pass',
    })
  })

  it('marks the step that fixes each problem', () => {
    const cn = observationOf(t0, { merchant: exitOf('merchant', '1.2.4.8', 'CN') })
    const statuses = stepStatuses(
      evaluate(
        usProfile({ card: { funding: 'prepaid' }, billing: { state: 'California' } }),
        cn,
        ctx,
      ),
    )
    expect(statuses).toMatchObject({
      'vpn-region': 'fail',
      'card-types': 'fail',
      'billing-address': 'warn',
      'pre-check': 'fail',
    })
  })

  it('never passes what could not be checked: no profile, no evidence', () => {
    const noProfile = stepStatuses(evaluate(null, us, ctx))
    expect(noProfile).toMatchObject({
      'card-profile': 'fail',
      'card-types': 'unknown',
      'billing-address': 'unknown',
      'vpn-region': 'unknown',
      'pre-check': 'unknown',
    })
    const failed = stepStatuses(
      evaluate(usProfile(), us, {
        ...ctx,
        lastAttempt: {
          at: new Date(t0 + 500).toISOString(),
          ok: false,
          trigger: 'manual',
          failures: [],
        },
      }),
    )
    expect(failed).toMatchObject({
      'network-exit': 'fail',
      'vpn-region': 'unknown',
      'card-status': 'pass',
      'pre-check': 'unknown',
    })
  })

  it('warns on the VPN step, not the cool-down step, when the exit just changed', () => {
    const statuses = stepStatuses(
      evaluate(usProfile(), us, { ...ctx, exitChangedAt: new Date(t0 - 60_000).toISOString() }),
    )
    expect(statuses['vpn-region']).toBe('warn')
    expect(statuses['wait-risk']).toBe('manual')
  })
})
