import {
  binPolicyProblem,
  keptBinLength,
  possibleLengths,
} from '../../../src/shared/profile/bin-policy'
import { digestCardInput } from '../../../src/shared/profile/card-input'
import { validateProfile } from '../../../src/shared/profile/validate'
import { usProfile } from '../../support/profiles'

describe('keptBinLength', () => {
  it.each([
    [12, 6],
    [13, 6],
    [14, 6],
    [15, 6],
    [16, 8],
    [19, 8],
  ])('keeps the first 8 only for numbers of 16+ digits (%i digits → %i)', (length, kept) => {
    expect(keptBinLength('41111111', length)).toBe(kept)
  })

  it('decides from the brand when the length is unknown', () => {
    expect(possibleLengths('41111111')).toEqual([16, 18, 19])
    expect(keptBinLength('41111111', null)).toBe(8) // Visa: 16, 18, 19
    expect(keptBinLength('51000000', null)).toBe(8) // Mastercard: 16
    expect(keptBinLength('37828224', null)).toBe(6) // American Express: 15
    expect(keptBinLength('36000000', null)).toBe(6) // Diners Club: 14, 16, 19
    expect(keptBinLength('67590000', null)).toBe(6) // Maestro: 12–19
    expect(keptBinLength('00000000', null)).toBe(6) // unknown brand
  })
})

describe('digestCardInput', () => {
  it.each([
    ['4111 1111 1111 1111', '41111111', '1111'],
    ['3782 822463 10005', '378282', '0005'],
    ['4222 2222 22222', '422222', '2222'],
    ['3056 930902 5904', '305693', '5904'],
    ['６７５９ ６４９８ ２６４３', '675964', '2643'],
  ])('keeps only what the policy allows of %j', (raw, bin, last4) => {
    expect(digestCardInput(raw)).toEqual({ bin, last4, discarded: true })
  })

  it('cuts a typed BIN to 6 digits for brands with short numbers', () => {
    expect(digestCardInput('37828224')).toEqual({ bin: '378282', last4: null, discarded: true })
    expect(digestCardInput('4111 1111')).toEqual({ bin: '41111111', last4: null, discarded: false })
  })
})

describe('binPolicyProblem', () => {
  it('refuses an 8-digit American Express BIN kept with the last 4', () => {
    const card = { bin: '37828224', last4: '0005' }
    expect(binPolicyProblem(card)).toMatchObject({ path: 'card.bin', code: 'bin-too-long' })
    const result = validateProfile(usProfile({ card: { ...card, brand: 'american-express' } }))
    expect(result).toMatchObject({
      ok: false,
      errors: [{ path: 'card.bin', code: 'bin-too-long' }],
    })
    if (!result.ok) expect(result.errors[0]?.message.zh).toContain('前 6 位')
  })

  it('allows an 8-digit BIN without the last 4, a 6-digit one, and 8 digits for 16+ brands', () => {
    expect(binPolicyProblem({ bin: '37828224', last4: null })).toBeNull()
    expect(binPolicyProblem({ bin: '378282', last4: '0005' })).toBeNull()
    expect(binPolicyProblem({ bin: '41111111', last4: '1234' })).toBeNull()
  })
})
