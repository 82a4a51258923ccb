import fc from 'fast-check'
import type { AlertEvent } from '../../../src/shared/alerts/alert-event'
import {
  EXIT_NOTICES_PER_DAY,
  initialNoticeBudget,
  spendNotice,
  type NoticeDecision,
} from '../../../src/shared/alerts/notice-budget'

const at = '2026-11-20T00:00:00.000Z'
const move: AlertEvent = { kind: 'exit-changed', at, changes: [], light: null, page: 'status' }
const summary: AlertEvent = { kind: 'flapping', at, count: 6, windowMinutes: 10, page: 'history' }
const failing: AlertEvent = {
  kind: 'checks-failing',
  at,
  failures: 2,
  from: 'green',
  page: 'status',
}
const DAY = 24 * 60 * 60_000

function run(events: readonly [AlertEvent, number][]): NoticeDecision[] {
  let budget = initialNoticeBudget
  return events.map(([event, time]) => {
    const step = spendNotice(budget, event, time)
    budget = step.budget
    return step.decision
  })
}

describe('the daily budget of exit notices', () => {
  it('a move every 3 minutes for a day: the cap, the last one says so, then quiet', () => {
    const decisions = run(Array.from({ length: 480 }, (_, i) => [move, i * 180_000]))
    expect(decisions.filter((d) => d !== 'drop')).toHaveLength(EXIT_NOTICES_PER_DAY)
    expect(decisions.indexOf('last')).toBe(EXIT_NOTICES_PER_DAY - 1)
    expect(decisions.slice(EXIT_NOTICES_PER_DAY).every((d) => d === 'drop')).toBe(true)
  })

  it('failing checks are not exit notices and always pass', () => {
    const events = Array.from({ length: 40 }, (_, i): [AlertEvent, number] => [move, i])
    expect(run([...events, [failing, 41]]).at(-1)).toBe('show')
  })

  it('never more than the cap in any 24 hours, whatever the pace (property)', () => {
    const event = fc.constantFrom(move, summary, failing)
    const gaps = fc.array(fc.tuple(event, fc.integer({ min: 0, max: 3 * 60 * 60_000 })), {
      maxLength: 300,
    })
    fc.assert(
      fc.property(gaps, (steps) => {
        let time = 0
        const timed = steps.map(([e, gap]): [AlertEvent, number] => [e, (time += gap)])
        const decisions = run(timed)
        const shown = timed.filter(([e], i) => e !== failing && decisions[i] !== 'drop')
        for (const [, start] of shown)
          expect(shown.filter(([, t]) => t >= start && t < start + DAY).length).toBeLessThanOrEqual(
            EXIT_NOTICES_PER_DAY,
          )
        // A quiet day lets notices through again.
        expect(run([...timed, [move, time + DAY]]).at(-1)).not.toBe('drop')
      }),
    )
  })
})
