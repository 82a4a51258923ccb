import { contextFileSchema, contextFromFile } from '../../../../src/shared/verdict/context'
import { evaluate } from '../../../../src/shared/verdict/evaluate'
import { endTime } from '../../../../src/shared/i18n/clock-time'
import { exitOf, observationOf } from '../../../support/observations'
import { usProfile } from '../../../support/profiles'

const T0 = Date.parse('2026-11-26T10:00:00Z')
const green = observationOf(T0, { merchant: exitOf('merchant', '104.28.41.17', 'US') })

describe('the cool-down and the exit history in the verdict', () => {
  it('turn a green light into the cool-down’s own light, with when it ends, as the CLI reads them', () => {
    const file = contextFileSchema.parse({
      cooldownUntil: '2026-11-27T03:00:00.000Z',
      cooldownDeclines: 3,
      exitChanges24h: 4,
    })
    const verdict = evaluate(usProfile(), green, contextFromFile(file, green.checkedAt, null))
    expect(verdict.light).toBe('wait')
    expect(verdict.findings.map((f) => [f.id, f.severity, f.step])).toEqual([
      ['cooldown-active', 'wait', 'wait-risk'],
      ['exits-unstable', 'info', 'vpn-region'],
    ])
    const ends = endTime('2026-11-27T03:00:00.000Z', T0, 'zh')
    expect(verdict.findings[0]?.message.zh).toBe(
      `冷却中：等到 ${ends} 再试（还要 17 小时）。多次被拒后风控需要时间恢复，这段时间不要重试，也不要换出口或换卡`,
    )
    expect(verdict.findings[0]?.headline.zh).toBe(`等到 ${ends} 再试`)
  })

  it('come after a red finding: the fault is said first, the wait beside it', () => {
    const file = contextFileSchema.parse({ cooldownUntil: '2026-11-27T03:00:00.000Z' })
    const prepaid = usProfile({ card: { funding: 'prepaid' } })
    const verdict = evaluate(prepaid, green, contextFromFile(file, green.checkedAt, null))
    expect(verdict.light).toBe('red')
    expect(verdict.findings.map((f) => f.id)).toEqual(['card-prepaid', 'cooldown-active'])
  })

  it('show through unknown evidence: the wait is known whatever the network', () => {
    const file = contextFileSchema.parse({
      cooldownUntil: '2026-11-27T03:00:00.000Z',
      now: '2026-11-26T11:00:00.000Z',
    })
    const stale = evaluate(usProfile(), green, contextFromFile(file, green.checkedAt, null))
    expect(stale.light).toBe('wait')
    expect(stale.findings.map((f) => f.id)).toEqual(['cooldown-active', 'evidence-stale'])
  })

  it('say minutes in the last hour, and nothing once the cool-down is over', () => {
    const soon = contextFromFile(
      { cooldownUntil: '2026-11-26T10:20:00.000Z' },
      green.checkedAt,
      null,
    )
    expect(evaluate(usProfile(), green, soon).findings[0]?.message.en).toBe(
      `Cool-down: try again after ${endTime('2026-11-26T10:20:00.000Z', T0, 'en')} (20 min to go). After repeated declines the risk checks need time to recover; until then do not retry, and do not change exit or card`,
    )
    const over = contextFromFile(
      { cooldownUntil: '2026-11-26T09:00:00.000Z' },
      green.checkedAt,
      null,
    )
    expect(evaluate(usProfile(), green, over).light).toBe('green')
  })

  it('refuse a context file with a malformed cool-down', () => {
    expect(contextFileSchema.safeParse({ cooldownUntil: 'tomorrow' }).success).toBe(false)
    expect(contextFileSchema.safeParse({ exitChanges24h: -1 }).success).toBe(false)
  })
})
