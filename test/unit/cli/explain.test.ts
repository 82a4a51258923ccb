import { explainReport } from '../../../src/cli/explain'
import type { DeclineExplanation } from '../../../src/shared/declines/explain'

describe('explainReport', () => {
  it('answers in Chinese with the cause, what to do, what not to do and the steps', () => {
    const { code, output } = explainReport('您的邮政编码不正确', 'zh', false)
    expect(code).toBe(0)
    expect(output).toContain('邮编与记录不符')
    expect(output).toContain('可能的原因：账单地址中的邮编与发卡行登记的不一致。')
    expect(output).toContain('不要做：')
    // The checklist's step, named as the window names it.
    expect(output).toContain('核对账单地址 (billing-address)')
  })

  it('never echoes a card number pasted along with the message', () => {
    const { output } = explainReport(
      'Your card number 4242 4242 4242 4242 is incorrect',
      'en',
      false,
    )
    expect(output).toContain('Card number incorrect')
    expect(output).not.toMatch(/4242/)
    expect(explainReport('4000-0000-0000-0002 declined', 'en', true).output).not.toMatch(/4000/)
  })

  it('does not pass terminal control sequences through to the screen', () => {
    const { output } = explainReport(
      '\u001b[2J\u001b]0;x\u0007Your card was declined\u202e',
      'en',
      false,
    )
    expect(output).toContain('Card declined')
    // Newlines are the report's own; nothing else below U+0020, and no bidi override.
    const stray = [...output].filter((ch) => (ch < ' ' && ch !== '\n') || ch === '\u202e')
    expect(stray).toEqual([])
  })

  it('gives the structured answer as JSON', () => {
    const { code, output } = explainReport('card_velocity_exceeded', 'en', true)
    expect(code).toBe(0)
    const answer = JSON.parse(output) as DeclineExplanation
    expect(answer.matches[0]).toMatchObject({
      id: 'velocity-exceeded',
      score: 1,
      declineKind: 'velocity',
      countsTowardCooldown: true,
      steps: ['clear-cache', 'wait-risk'],
    })
    expect(answer.matches[0]!.dont.join(' ')).toMatch(/Do not retry right away/)
  })

  it('exits 1 and says so when nothing matched', () => {
    expect(explainReport('Welcome to ChatGPT', 'en', false)).toEqual({
      code: 1,
      output: expect.stringContaining('was not recognised'),
    })
    expect(JSON.parse(explainReport('Welcome to ChatGPT', 'en', true).output)).toEqual({
      matches: [],
    })
  })
})
