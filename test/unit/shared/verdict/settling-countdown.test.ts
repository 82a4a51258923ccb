import { evaluate } from '../../../../src/shared/verdict/evaluate'
import { liveFindingText } from '../../../../src/shared/view/live-text'
import { nextStep } from '../../../../src/shared/view/next-step'
import { exitOf, observationOf } from '../../../support/observations'
import { usProfile } from '../../../support/profiles'
import { T0 as t0, verdictContext } from '../../../support/verdict-context'

// The switch asked for (Japan → the US) was made a minute before the check.
const changedAt = new Date(t0 - 60_000).toISOString()
const usExit = observationOf(t0, { merchant: exitOf('merchant', '104.28.41.17', 'US') })
const jpExit = observationOf(t0, { merchant: exitOf('merchant', '45.76.1.2', 'JP') })

describe('after the exit is fixed', () => {
  it('says it is fixed and counts down to green instead of asking to adjust the VPN again', () => {
    const verdict = evaluate(usProfile(), usExit, verdictContext({ exitChangedAt: changedAt }))
    expect(verdict.light).toBe('yellow')
    const step = nextStep(verdict)
    expect(step).toMatchObject({ kind: 'fix', finding: { id: 'exit-changed-recently' } })
    if (step.kind !== 'fix') return
    // Only a time to wait for: no button back to "调整 VPN 与地区".
    expect(step.target).toBeNull()
    expect(step.finding.message.zh).toMatch(/^已切到美国 ✓ 保持不动，约 9 分钟后（\d\d:\d\d）变绿$/)
    expect(step.finding.message.en).toMatch(
      /^Switched to (the )?United States ✓ .*green in about 9 min/,
    )
    expect(step.finding.message.zh).not.toContain('10 分钟内变过')
  })

  it('keeps counting down between checks', () => {
    const verdict = evaluate(usProfile(), usExit, verdictContext({ exitChangedAt: changedAt }))
    const settling = verdict.findings.find((f) => f.id === 'exit-changed-recently')!
    expect(liveFindingText(settling, t0 + 4 * 60_000, 'zh')).toContain('约 5 分钟后')
    expect(liveFindingText(settling, t0 + 4 * 60_000, 'en')).toContain('in about 5 min')
  })

  it('still scolds a change to an exit that does not agree', () => {
    const verdict = evaluate(usProfile(), jpExit, verdictContext({ exitChangedAt: changedAt }))
    const recent = verdict.findings.find((f) => f.id === 'exit-changed-recently')
    expect(recent?.message.zh).toContain('出口 IP 在 10 分钟内变过')
    expect(verdict.light).toBe('red')
  })
})
