import { contextFileSchema, contextFromFile } from '../../../../src/shared/verdict/context'
import { evaluate } from '../../../../src/shared/verdict/evaluate'
import { exitOf, observationOf } from '../../../support/observations'
import { usProfile } from '../../../support/profiles'

const T0 = Date.parse('2026-11-26T10:00:00Z')
const green = observationOf(T0, { merchant: exitOf('merchant', '104.28.41.17', 'US') })

describe('the cool-down and the exit history in the verdict', () => {
  it('turn a green light yellow while a cool-down runs, with the hours left, as the CLI reads them', () => {
    const file = contextFileSchema.parse({
      cooldownUntil: '2026-11-27T03:00:00.000Z',
      cooldownDeclines: 3,
      exitChanges24h: 4,
    })
    const verdict = evaluate(usProfile(), green, contextFromFile(file, green.checkedAt, null))
    expect(verdict.light).toBe('yellow')
    expect(verdict.findings.map((f) => [f.id, f.severity, f.step])).toEqual([
      ['cooldown-active', 'yellow', 'wait-risk'],
      ['exits-unstable', 'info', 'vpn-region'],
    ])
    expect(verdict.findings[0]?.message.zh).toBe(
      '冷却中：多次被拒后请暂停，还需等待 17 小时；期间不要更换出口或卡片',
    )
  })

  it('say minutes in the last hour, and nothing once the cool-down is over', () => {
    const soon = contextFromFile(
      { cooldownUntil: '2026-11-26T10:20:00.000Z' },
      green.checkedAt,
      null,
    )
    expect(evaluate(usProfile(), green, soon).findings[0]?.message.en).toBe(
      'Cool-down: wait 20 min more, and do not change exit or card meanwhile',
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
