import { createRequire } from 'node:module'
import { checkPostalCode, regionsForPostalCode } from '../../../src/shared/address/postal'
import { findRegion } from '../../../src/shared/address/regions'
import { textProblems } from '../../../src/shared/address/text-checks'

describe('checkPostalCode', () => {
  it.each([
    ['US', '90210', 'CA', null],
    ['US', '90210-1234', 'CA', null],
    ['US', '10001', 'NY', null],
    ['CA', 'K1A 0B1', 'ON', null],
    ['DE', '10115', null, null],
    ['GB', 'SW1A 1AA', null, null],
  ])('accepts %s %s in %s', (country, code, state, problem) => {
    expect(checkPostalCode(country, code, state)).toBe(problem)
  })

  it.each([
    ['US', '9021'],
    ['US', 'ABCDE'],
    ['DE', '1011'],
    ['CA', '12345'],
  ])('rejects the format of %s %s', (country, code) => {
    expect(checkPostalCode(country, code, null)).toEqual({ kind: 'format', country })
  })

  it('catches a ZIP that belongs to another state', () => {
    expect(checkPostalCode('US', '10001', 'CA')).toEqual({
      kind: 'region-mismatch',
      expected: ['NY'],
      state: 'CA',
    })
  })

  it('catches a Canadian postal code from another province', () => {
    expect(checkPostalCode('CA', 'V6B 1A1', 'ON')).toMatchObject({
      kind: 'region-mismatch',
      expected: ['BC'],
    })
  })

  it('accepts either state for a prefix shared by two states', () => {
    expect(regionsForPostalCode('US', '73949')).toEqual(['OK', 'TX'])
  })
})

describe('the generated ZIP-prefix table', () => {
  it('agrees with every US ZIP code in the zipcodes data it was generated from', () => {
    const zipcodes = createRequire(import.meta.url)('zipcodes') as {
      codes: Record<string, { zip: string; state: string; country: string }>
    }
    const us = Object.values(zipcodes.codes).filter((c) => c.country === 'US')
    expect(us.length).toBeGreaterThan(40_000)
    const wrong = us.filter((c) => !regionsForPostalCode('US', c.zip)?.includes(c.state))
    expect(wrong).toEqual([])
  })
})

describe('findRegion', () => {
  it('finds a state by code, or by a name typed where the code belongs', () => {
    expect(findRegion('US', 'ca')).toMatchObject({ region: { code: 'CA' }, byName: false })
    expect(findRegion('US', ' California ')).toMatchObject({ region: { code: 'CA' }, byName: true })
    expect(findRegion('US', '加利福尼亚')).toMatchObject({ region: { code: 'CA' }, byName: true })
    expect(findRegion('CA', 'Quebec')).toMatchObject({ region: { code: 'QC' }, byName: true })
    expect(findRegion('US', 'Narnia')).toBeNull()
    expect(findRegion('DE', 'Berlin')).toBeNull()
  })
})

describe('textProblems', () => {
  it.each([
    ['1 Main St', []],
    ['北京市朝阳区', ['chinese']],
    ['１２３ Main St', ['full-width']],
    // The ideographic space and CJK punctuation are full-width marks, not Chinese characters.
    ['Main　St', ['full-width']],
    ['９７２０１', ['full-width']],
    ['Portland。OR', ['full-width']],
    ['北京，朝阳', ['chinese', 'full-width']],
    [' 1 Main St', ['spacing']],
    ['1 Main St ', ['spacing']],
    ['1  Main St', ['spacing']],
  ])('%j → %j', (value, problems) => {
    expect(textProblems(value)).toEqual(problems)
  })
})
