import fc from 'fast-check'
import { fitsJsonBudget } from '../../../src/shared/contract/json-budget'

describe('fitsJsonBudget', () => {
  it('agrees with JSON.stringify within a small margin for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 5_000 }), (value, max) => {
        const length = JSON.stringify(value).length
        // The walk may over-count a little (key quotes, separators), never under-count.
        if (fitsJsonBudget(value, max)) expect(length).toBeLessThanOrEqual(max)
        if (length * 2 + 8 <= max) expect(fitsJsonBudget(value, max)).toBe(true)
      }),
    )
  })

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true }), (value) => {
        expect(typeof fitsJsonBudget(value, 20_000)).toBe('boolean')
      }),
    )
  })

  it('refuses what JSON cannot hold, cycles and deep nesting instead of throwing', () => {
    const cyclic: Record<string, unknown> = {}
    cyclic['self'] = cyclic
    expect(fitsJsonBudget({ n: 1n }, 1000)).toBe(false)
    expect(fitsJsonBudget(cyclic, 1000)).toBe(false)
    expect(
      fitsJsonBudget(
        Array.from({ length: 100 }).reduce((v) => [v], 0),
        100_000,
      ),
    ).toBe(false)
    expect(fitsJsonBudget(new Array(1e9), 20_000)).toBe(false)
  })
})
