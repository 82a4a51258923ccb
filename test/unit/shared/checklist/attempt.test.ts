import fc from 'fast-check'
import { freshAttempt, tickedSteps, tickStep } from '../../../../src/shared/checklist/attempt'
import { checklistSteps } from '../../../../src/shared/checklist/step-ids'

const T0 = Date.parse('2026-11-26T10:00:00Z')

describe('a payment attempt', () => {
  it('dates each tick, starts with the first tick when not started, and unticks', () => {
    const ticked = tickStep(freshAttempt(null), 'clear-cache', true, T0)
    expect(ticked).toEqual({
      startedAt: '2026-11-26T10:00:00.000Z',
      ticks: { 'clear-cache': '2026-11-26T10:00:00.000Z' },
    })
    const later = tickStep(ticked, 'card-status', true, T0 + 60_000)
    expect(later.startedAt).toBe('2026-11-26T10:00:00.000Z')
    expect(tickStep(later, 'clear-cache', false, T0 + 120_000).ticks).toEqual({
      'card-status': '2026-11-26T10:01:00.000Z',
    })
  })

  it('returns the same attempt when a tick changes nothing (no save, no push)', () => {
    const attempt = tickStep(freshAttempt(T0), 'wait-risk', true, T0)
    expect(tickStep(attempt, 'wait-risk', true, T0 + 5000)).toBe(attempt)
    expect(tickStep(attempt, 'pre-check', false, T0 + 5000)).toBe(attempt)
  })

  it('lists the ticked steps in the checklist order, whatever order they were ticked in', () => {
    const steps = fc.shuffledSubarray([...checklistSteps])
    fc.assert(
      fc.property(steps, (chosen) => {
        let attempt = freshAttempt(T0)
        chosen.forEach((step, i) => (attempt = tickStep(attempt, step, true, T0 + i)))
        const listed = tickedSteps(attempt, checklistSteps)
        expect(new Set(listed)).toEqual(new Set(chosen))
        expect(listed).toEqual(checklistSteps.filter((s) => chosen.includes(s)))
      }),
    )
  })
})
