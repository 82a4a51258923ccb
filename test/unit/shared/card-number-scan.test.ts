import { scanForCardNumbers } from '../../../src/shared/profile/card-number-scan'
import { validateProfile } from '../../../src/shared/profile/validate'
import { parseProfileExchange } from '../../../src/shared/profile/exchange'
import { usProfile } from '../../support/profiles'

const paths = (value: unknown) => scanForCardNumbers(value).map((hit) => hit.path)

describe('scanForCardNumbers', () => {
  it.each([
    ['dots', '4111.1111.1111.1111'],
    ['slashes', '4111/1111/1111/1111'],
    ['underscores', '4111_1111_1111_1111'],
    ['double spaces', '4111  1111  1111  1111'],
    ['non-breaking spaces', '4111\u00a01111\u00a01111\u00a01111'],
    ['zero-width spaces', '4111\u200b1111\u200b1111\u200b1111'],
    ['a soft hyphen and a word joiner', '4111\u00ad1111\u20601111 1111'],
    ['full-width digits', '４１１１ １１１１ １１１１ １１１１'],
    ['Arabic-Indic digits', '٤١١١ ١١١١ ١١١١ ١١١١'],
    ['Devanagari digits', '४१११-११११-११११-११११'],
    ['mathematical digits', '𝟒𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏'],
    ['ideographic spaces and tabs', '4111\u30001111\t1111\n1111'],
    ['surrounded by words', 'my card is 4111 1111 1111 1111, thanks'],
  ])('finds a number written with %s', (_name, text) => {
    expect(paths({ billing: { line1: text } })).toEqual(['billing.line1'])
  })

  it('finds a number split across two neighbouring fields and names both', () => {
    expect(scanForCardNumbers({ line1: 'Flat 4111 1111', line2: '1111 1111' })).toEqual([
      { path: 'line1', kind: 'split' },
      { path: 'line2', kind: 'split' },
    ])
  })

  it('finds a number split across several fields, skipping empty ones', () => {
    expect(paths({ a: '4111', b: '', c: '1111 1111', d: '1111' })).toEqual(['a', 'c', 'd'])
  })

  it('finds numbers in numeric values and in keys', () => {
    expect(paths({ line1: 4111111111111111 })).toEqual(['line1'])
    expect(paths({ '4111111111111111': 'x' })).toEqual(['4111111111111111'])
  })

  it('walks arrays and nested objects generically', () => {
    expect(paths({ profiles: [{}, { notes: { text: '4111-1111-1111-1111' } }] })).toEqual([
      'profiles.1.notes.text',
    ])
  })

  it.each(['41111111', '411111', '1234', '+1 415 555 0100', '2026-11-26T13:52:53.000Z', '90210'])(
    'leaves %j alone',
    (text) => expect(paths({ a: text })).toEqual([]),
  )

  it('never joins the BIN and last 4 that are kept by design, nor a label next to them', () => {
    expect(paths(usProfile({ card: { bin: '41111111', last4: '1111' } }))).toEqual([])
    expect(paths({ label: 'Visa 4242', card: { bin: '41111111', last4: '1111' } })).toEqual([])
  })

  it('does not join across a letter', () => {
    expect(paths({ a: '4111 1111 x', b: '1111 1111' })).toEqual([])
  })

  it('survives a cyclic object', () => {
    const cyclic: Record<string, unknown> = { a: '1' }
    cyclic.self = cyclic
    expect(paths(cyclic)).toEqual([])
  })
})

describe('the profile validator and the import use the scanner', () => {
  it('refuses a dotted number in the label with both languages', () => {
    const result = validateProfile({ ...usProfile(), label: '4111.1111.1111.1111' })
    expect(result).toMatchObject({
      ok: false,
      errors: [{ path: 'label', code: 'full-card-number' }],
    })
    if (!result.ok) expect(result.errors[0]?.message.zh).toContain('完整卡号')
  })

  it('refuses a number split between address lines, naming both fields', () => {
    const profile = usProfile({ billing: { line1: '1 Main St 4111 1111', line2: '1111 1111' } })
    const result = validateProfile(profile)
    expect(result).toMatchObject({
      ok: false,
      errors: [
        { path: 'billing.line1', code: 'split-card-number' },
        { path: 'billing.line2', code: 'split-card-number' },
      ],
    })
    if (!result.ok) {
      expect(result.errors[0]?.message.zh).toContain('完整卡号')
      expect(result.errors[0]?.message.en).toContain('full card number')
    }
  })

  it('refuses an import whose profile hides a number in Arabic-Indic digits', () => {
    const file = {
      format: 'paylight-profile-export',
      schema: 2,
      activeId: 'main',
      profiles: [usProfile({ billing: { city: '٤١١١ ١١١١ ١١١١ ١١١١' } })],
    }
    expect(parseProfileExchange(file)).toMatchObject({
      ok: false,
      errors: [{ path: 'billing.city', code: 'full-card-number' }],
    })
  })
})

describe('scanForCardNumbers: splits after other numbers', () => {
  it('finds a number that starts after a flat number in the first field', () => {
    expect(paths({ line1: 'Apt 12, 4111 1111', line2: '1111 1111 (card)' })).toEqual([
      'line1',
      'line2',
    ])
  })

  it('finds a number that ends before a postcode in the second field', () => {
    expect(paths({ line1: 'Home 4222 2222', line2: '22222 90210' })).toEqual(['line1', 'line2'])
  })
})
