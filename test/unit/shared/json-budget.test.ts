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

  it('refuses typed arrays, buffers and other non-plain objects before looking at any entry', () => {
    let looked = 0
    const spy = <T extends object>(value: T): T =>
      Object.defineProperty(value, 'extra', {
        enumerable: true,
        get: () => {
          looked += 1
          return 1
        },
      })
    class Box {
      readonly n = 1
    }
    for (const value of [
      spy(new Uint8Array(4)),
      spy(new Float64Array(2)),
      spy(new DataView(new ArrayBuffer(4))),
      new ArrayBuffer(8),
      spy(new Map()),
      spy(new Set()),
      spy(new Date(0)),
      spy(new Box()),
      { ok: [spy(new Uint8Array(1))] },
    ])
      expect(fitsJsonBudget(value, 20_000)).toBe(false)
    expect(looked).toBe(0)
  })

  it('takes plain objects with or without a prototype, and arrays', () => {
    const bare = Object.assign(Object.create(null) as object, { a: 1 })
    expect(fitsJsonBudget({ a: [1, 'x', { b: null }] }, 1000)).toBe(true)
    expect(fitsJsonBudget(bare, 1000)).toBe(true)
  })

  it('refuses an object with more keys than the budget allows without reading any value', () => {
    let read = 0
    const many: Record<string, unknown> = {}
    for (let i = 0; i < 2_000; i += 1)
      Object.defineProperty(many, `k${i}`, {
        enumerable: true,
        get: () => {
          read += 1
          return i
        },
      })
    expect(fitsJsonBudget(many, 4_000)).toBe(false)
    expect(read).toBe(0)
  })
})
