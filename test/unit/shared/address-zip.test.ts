import fc from 'fast-check'
import {
  checkPostalCode,
  normalizePostalCode,
  regionsForPostalCode,
  zipStateFit,
} from '../../../src/shared/address/postal'
import { findRegion } from '../../../src/shared/address/regions'
import { normalizeUsZip } from '../../../src/shared/address/us-zip'
import { usZipStraddles } from '../../../src/shared/address/zip-straddles'

const runs = { numRuns: 10_000, seed: 20261126 }
const zipShape = /^\d{5}(-\d{4})?$/
const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`))

describe('normalizeUsZip', () => {
  it.each([
    ['90210', '90210'],
    [' 90210 ', '90210'],
    ['90210-1234', '90210-1234'],
    ['902101234', '90210-1234'],
    ['90210 1234', '90210-1234'],
    ['90210_1234', '90210-1234'],
    ['９０２１０', '90210'],
  ])('%j → %j', (typed, normal) => {
    expect(normalizeUsZip(typed)).toBe(normal)
  })

  it.each([
    '9021',
    '9021012345',
    '90210-123',
    '90210--1234',
    '90210__1234',
    'ABCDE',
    '９０２１',
    '',
  ])('rejects %j', (typed) => {
    expect(normalizeUsZip(typed)).toBeNull()
  })

  it('never throws, and answers a ZIP or ZIP+4 shape or nothing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        const zip = normalizeUsZip(text)
        expect(zip === null || zipShape.test(zip)).toBe(true)
      }),
      runs,
    )
  })

  it('keeps the digits of every ZIP+4, however it was separated', () => {
    fc.assert(
      fc.property(digits(5), digits(4), fc.constantFrom('', '-', ' '), (head, tail, sep) => {
        expect(normalizeUsZip(`${head}${sep}${tail}`)).toBe(`${head}-${tail}`)
      }),
      runs,
    )
  })
})

describe('US postal checks', () => {
  it('accepts a 9-digit ZIP typed without the hyphen or with a space', () => {
    expect(checkPostalCode('US', '902101234', 'CA')).toBeNull()
    expect(checkPostalCode('US', '90210 1234', 'CA')).toBeNull()
    expect(normalizePostalCode('US', '902101234')).toBe('90210-1234')
    expect(normalizePostalCode('DE', ' 10115 ')).toBe('10115')
  })

  it('files 72643 under Missouri, which the source data lacks', () => {
    expect(regionsForPostalCode('US', '72643')).toEqual(['MO'])
    expect(regionsForPostalCode('US', '72601')).toEqual(['AR'])
  })

  it('knows the freely associated states, so a Marshall Islands address is whole', () => {
    expect(findRegion('US', 'MH')).toMatchObject({ region: { code: 'MH', zh: '马绍尔群岛' } })
    expect(findRegion('US', 'Palau')).toMatchObject({ region: { code: 'PW' }, byName: true })
    expect(findRegion('US', 'FM')?.region.en).toBe('Federated States of Micronesia')
    expect(checkPostalCode('US', '96960', 'MH')).toBeNull()
  })

  it.each([
    ['97635', 'CA'],
    ['42223', 'TN'],
    ['82063', 'CO'],
    ['86515', 'NM'],
    ['05050', 'NH'],
    ['07833', 'PA'],
  ])('explains %s in %s as a straddling ZIP, not a plain mismatch', (zip, state) => {
    expect(zipStateFit(zip, state)).toBe('straddles')
    expect(checkPostalCode('US', zip, state)?.kind).toBe('region-mismatch')
  })

  it('still calls a mismatch a mismatch, and a match a match', () => {
    expect(zipStateFit('10001', 'CA')).toBe('mismatch')
    expect(zipStateFit('97635', 'WA')).toBe('mismatch')
    expect(zipStateFit('97635-1234', 'OR')).toBe('match')
    expect(zipStateFit('9763', 'OR')).toBe('unknown')
  })

  it('lists only 5-digit codes with two or more real state codes', () => {
    for (const [zip, { states, source }] of usZipStraddles) {
      expect(zip).toMatch(/^\d{5}$/)
      expect(states.length).toBeGreaterThanOrEqual(2)
      for (const s of states) expect(findRegion('US', s)?.byName).toBe(false)
      expect(source.length).toBeGreaterThan(10)
    }
  })

  it('never throws on any text, for any state', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('US', 'CA', 'DE', 'GB', 'XX', ''),
        fc.string({ maxLength: 16 }),
        fc.option(fc.string({ maxLength: 3 })),
        (country, code, state) => {
          const problem = checkPostalCode(country, code, state)
          expect(problem === null || ['format', 'region-mismatch'].includes(problem.kind)).toBe(
            true,
          )
          const regions = regionsForPostalCode(country, code)
          expect(regions === null || regions.length > 0).toBe(true)
          expect(['match', 'straddles', 'mismatch', 'unknown']).toContain(
            zipStateFit(code, state ?? ''),
          )
        },
      ),
      runs,
    )
  })

  it('passes a US code through the format check only in ZIP or ZIP+4 form', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (code) => {
        const ok = checkPostalCode('US', code, null) === null
        expect(ok).toBe(zipShape.test(normalizePostalCode('US', code)))
      }),
      runs,
    )
  })
})
