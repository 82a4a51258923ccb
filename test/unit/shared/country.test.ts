import { toCountryCode } from '../../../src/shared/geo/country'
import { countryLabel } from '../../../src/shared/i18n/country-text'

describe('toCountryCode', () => {
  it.each([
    ['US', 'US'],
    ['us', 'US'],
    [' CN ', 'CN'],
    ['DE', 'DE'],
  ])('accepts %j as %s', (input, code) => {
    expect(toCountryCode(input)).toBe(code)
  })

  it.each(['XX', 'T1', '', 'ZZ', 'USA', 'United States', 'EU', null, undefined, 840, {}])(
    'treats %j as unknown, not a country',
    (input) => {
      expect(toCountryCode(input)).toBeNull()
    },
  )
})

describe('countryLabel', () => {
  it('names a country in Chinese and English with its code', () => {
    const us = toCountryCode('US')
    expect(countryLabel(us, 'zh')).toBe('美国 US')
    expect(countryLabel(us, 'en')).toMatch(/^United States.* US$/)
  })

  it('says unknown rather than inventing a country', () => {
    expect(countryLabel(null, 'zh')).toBe('未知')
    expect(countryLabel(null, 'en')).toBe('unknown')
  })
})

describe('toCountryCode: ASCII only', () => {
  it.each([
    ['ß', 'SS by Unicode upper-casing'],
    ['ſe', 'SE (long s)'],
    ['ıd', 'ID (dotless i)'],
    ['ＵＳ', 'US (full-width)'],
    ['ᴜs', 'a small-capital letter'],
    ['U\u200bS', 'a zero-width space inside'],
    ['u\u0301s', 'a combining accent'],
  ])('refuses %j (would become %s)', (input) => {
    expect(toCountryCode(input)).toBeNull()
  })

  it('still upper-cases lower-case ASCII', () => {
    expect(toCountryCode('de')).toBe('DE')
    expect(toCountryCode('\tjp\n')).toBe('JP')
  })
})
