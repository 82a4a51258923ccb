import fc from 'fast-check'
import { countryFill, countryFills } from '../../../src/renderer/src/history/chart-geometry'

describe('the history chart’s country colours', () => {
  it('tell the switches these users make apart', () => {
    expect(countryFill('US')).not.toBe(countryFill('JP'))
    const nearby = ['CN', 'HK', 'TW', 'GB', 'US', 'JP', 'SG', 'KR'].map(countryFill)
    expect(new Set(nearby).size).toBe(nearby.length)
  })

  it('stay the same for a country in every range', () => {
    expect(countryFills(['FR', 'US', 'FR'])).toEqual([
      countryFill('FR'),
      countryFill('US'),
      countryFill('FR'),
    ])
  })

  it('never give two different countries side by side one colour', () => {
    const code = fc.option(
      fc
        .tuple(fc.integer({ min: 65, max: 90 }), fc.integer({ min: 65, max: 90 }))
        .map(([a, b]) => String.fromCharCode(a, b)),
    )
    fc.assert(
      fc.property(fc.array(code, { maxLength: 30 }), (values) => {
        const fills = countryFills(values)
        values.forEach((value, i) => {
          if (i > 0 && values[i - 1] !== value) expect(fills[i]).not.toBe(fills[i - 1])
        })
      }),
    )
  })
})
