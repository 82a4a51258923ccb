import { digestCardInput } from '../../../src/shared/profile/card-input'
import { scanForCardNumbers } from '../../../src/shared/profile/card-number-scan'

const looksLikeCardNumber = (text: string) => scanForCardNumbers(text).length > 0
import { binPattern } from '../../../src/shared/profile/schema'
import { validateProfile } from '../../../src/shared/profile/validate'
import { usProfile } from '../../support/profiles'

describe('digestCardInput', () => {
  it('keeps a BIN as typed', () => {
    expect(digestCardInput('411111')).toEqual({ bin: '411111', last4: null, discarded: false })
    expect(digestCardInput('4111 1111')).toEqual({ bin: '41111111', last4: null, discarded: false })
  })

  it('keeps the first 6 and last 4 of a pasted 16-digit number and drops the rest', () => {
    expect(digestCardInput('4111 1111 1111 1234')).toEqual({
      bin: '411111',
      last4: '1234',
      discarded: true,
    })
  })

  it('keeps the first 6 of a 15-digit number (American Express)', () => {
    expect(digestCardInput('3782-822463-10005')).toEqual({
      bin: '378282',
      last4: '0005',
      discarded: true,
    })
  })

  it('keeps no last 4 from a number too short to be a card', () => {
    expect(digestCardInput('4111111111')).toEqual({ bin: '41111111', last4: null, discarded: true })
  })
})

describe('the scanner on one text', () => {
  it.each(['4111111111111111', '4111 1111 1111 1111', 'my card 4111-1111-1111-1111 thanks'])(
    'spots %j',
    (v) => expect(looksLikeCardNumber(v)).toBe(true),
  )
  it.each(['41111111', '90210', '+1 415 555 0100', '1 Main St'])('leaves %j alone', (v) =>
    expect(looksLikeCardNumber(v)).toBe(false),
  )
})

describe('validateProfile', () => {
  it('accepts a well-formed profile', () => {
    expect(validateProfile(usProfile())).toMatchObject({
      ok: true,
      profile: { card: { bin: '411111' } },
    })
  })

  it('refuses a full card number in the BIN field with a clear message in both languages', () => {
    const result = validateProfile({
      ...usProfile(),
      card: { ...usProfile().card, bin: '4111111111111111' },
    })
    expect(result).toMatchObject({
      ok: false,
      errors: [{ path: 'card.bin', code: 'full-card-number' }],
    })
    if (!result.ok) {
      expect(result.errors[0]?.message.zh).toContain('完整卡号')
      expect(result.errors[0]?.message.en).toContain('full card number')
    }
  })

  it('refuses a full card number hidden in any text field', () => {
    const result = validateProfile({ ...usProfile(), label: 'card 4111 1111 1111 1111' })
    expect(result).toMatchObject({
      ok: false,
      errors: [{ path: 'label', code: 'full-card-number' }],
    })
  })

  it.each(['cvc', 'CVV', 'securityCode', 'cvv2'])('refuses a %s field outright', (field) => {
    const result = validateProfile({
      ...usProfile(),
      card: { ...usProfile().card, [field]: '123' },
    })
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'security-code' }] })
  })

  it('explains wrong types, unknown countries, unknown fields and oversized strings per field', () => {
    const base = usProfile()
    const result = validateProfile({
      ...base,
      card: { ...base.card, expiryMonth: '12', issuingCountry: 'XX' },
      billing: { ...base.billing, city: 'x'.repeat(500) },
      extra: true,
    })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      const byPath = Object.fromEntries(result.errors.map((e) => [e.path, e.code]))
      expect(byPath).toMatchObject({
        'card.expiryMonth': 'wrong-type',
        'card.issuingCountry': 'unknown-country',
        'billing.city': 'too-long',
        extra: 'unknown-field',
      })
      expect(result.errors.find((e) => e.path === 'card.issuingCountry')?.message.zh).toBe(
        '发卡国家不是已知的国家/地区代码',
      )
    }
  })

  it('fills what a hand-written profile leaves out with "unknown" or "not declared", never with a guess', () => {
    const result = validateProfile({
      card: { bin: '41111111', issuingCountry: 'US' },
      billing: { country: 'US', state: 'CA', postalCode: '90210' },
    })
    expect(result).toMatchObject({
      ok: true,
      profile: {
        id: 'main',
        card: { last4: null, funding: 'unknown', expiryMonth: null },
        capabilities: { usd: null, international: null, recurring: null, headroom: null },
        billing: { city: '', line1: '', line2: '' },
      },
    })
  })

  it('refuses a payload that is too large before parsing it', () => {
    expect(validateProfile({ label: 'x'.repeat(30_000) })).toMatchObject({
      ok: false,
      errors: [{ code: 'too-large' }],
    })
  })

  it('refuses non-objects', () => {
    for (const input of [null, 42, 'profile', []]) expect(validateProfile(input).ok).toBe(false)
  })

  it('refuses control characters', () => {
    const result = validateProfile({
      ...usProfile(),
      billing: { ...usProfile().billing, line1: '1 Main\u0000St' },
    })
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'control-characters' }] })
  })
})

describe('binPattern', () => {
  it('takes 6 to 8 digits and nothing else, and the profile keeps to it', () => {
    for (let length = 0; length <= 19; length++) {
      const digits = '4'.repeat(length)
      const kept = length >= 6 && length <= 8
      expect(binPattern.test(digits), digits).toBe(kept)
      // A BIN alone: 6 to 8 digits (with the last 4, 6 only: see the BIN policy).
      const card = { ...usProfile().card, bin: digits, last4: null }
      expect(validateProfile({ ...usProfile(), card }).ok, digits).toBe(kept)
    }
    for (const bad of ['41111a', ' 411111', '411111 ', '4111-11', '４１１１１１'])
      expect(binPattern.test(bad), bad).toBe(false)
  })

  it('names the field and the problem in both languages', () => {
    const card = { ...usProfile().card, bin: '41' }
    expect(validateProfile({ ...usProfile(), card })).toMatchObject({
      ok: false,
      errors: [
        {
          path: 'card.bin',
          code: 'bin-format',
          message: {
            zh: '卡号前 6–8 位（BIN）需要 6–8 位数字',
            en: 'The BIN (first 6–8 digits) needs 6–8 digits',
          },
        },
      ],
    })
  })
})

describe('an empty billing country', () => {
  it('asks the user to choose one instead of naming a code problem', () => {
    const profile = usProfile()
    const result = validateProfile({ ...profile, billing: { ...profile.billing, country: '' } })
    expect(result.ok).toBe(false)
    const errors = result.ok ? [] : result.errors
    expect(errors.map((e) => [e.code, e.message.zh, e.message.en])).toContainEqual([
      'country-missing',
      '请选择账单国家',
      'Choose the billing country',
    ])
  })
})
