import {
  binPolicyProblem,
  keptBinLength,
  possibleLengths,
} from '../../../src/shared/profile/bin-policy'
import { digestCardInput } from '../../../src/shared/profile/card-input'
import { validateProfile } from '../../../src/shared/profile/validate'
import { usProfile } from '../../support/profiles'

describe('keptBinLength', () => {
  it('keeps 6 digits with the last 4, whatever the number: its length is not kept', () => {
    for (const bin of ['41111111', '51000000', '37828224', '62000000'])
      expect(keptBinLength(bin, true)).toBe(6)
  })

  it('decides a bare BIN from the brand', () => {
    expect(possibleLengths('41111111')).toEqual([16, 18, 19])
    expect(keptBinLength('41111111', false)).toBe(8) // Visa: 16, 18, 19
    expect(keptBinLength('51000000', false)).toBe(8) // Mastercard: 16
    expect(keptBinLength('37828224', false)).toBe(6) // American Express: 15
    expect(keptBinLength('36000000', false)).toBe(6) // Diners Club: 14, 16, 19
    expect(keptBinLength('67590000', false)).toBe(6) // Maestro: 12–19
    expect(keptBinLength('00000000', false)).toBe(6) // unknown brand
  })
})

describe('digestCardInput', () => {
  it.each([
    ['4111 1111 1111 1111', '411111', '1111'],
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

  it('allows 8 digits alone only where the brand issues 16 or more, and 6 with the last 4', () => {
    expect(binPolicyProblem({ bin: '41111111', last4: null })).toBeNull()
    expect(binPolicyProblem({ bin: '51000000', last4: null })).toBeNull()
    expect(binPolicyProblem({ bin: '378282', last4: '0005' })).toBeNull()
    expect(binPolicyProblem({ bin: '378282', last4: null })).toBeNull()
  })

  it.each([
    ['American Express (15 digits)', '37828224', 'american-express'],
    ['Diners Club (14 digits)', '30569309', 'diners-club'],
    ['Maestro (12–19 digits)', '67590000', null],
  ])('refuses an 8-digit BIN alone for %s, naming why', (_name, bin, brand) => {
    expect(binPolicyProblem({ bin, last4: null })).toEqual({
      path: 'card.bin',
      code: 'bin-too-long-for-brand',
    })
    const result = validateProfile(usProfile({ card: { bin, last4: null, brand } }))
    expect(result).toMatchObject({
      ok: false,
      errors: [{ path: 'card.bin', code: 'bin-too-long-for-brand' }],
    })
    if (!result.ok) {
      expect(result.errors[0]?.message.zh).toContain('前 6 位')
      expect(result.errors[0]?.message.en).toContain('first 6 digits')
    }
  })

  it('refuses 8 + 4 for a Visa too: a 13-digit Visa would keep 12 of its 13 digits', () => {
    expect(binPolicyProblem({ bin: '42222222', last4: '2222' })).toMatchObject({
      code: 'bin-too-long',
    })
    expect(validateProfile(usProfile({ card: { bin: '41111111', last4: '1111' } }))).toMatchObject({
      ok: false,
      errors: [{ path: 'card.bin', code: 'bin-too-long' }],
    })
  })

  it('the card field and the validator agree: what the field keeps of any number, the validator accepts', () => {
    for (const raw of [
      '4222 2222 22222',
      '4111 1111 1111 1111',
      '3782 822463 10005',
      '6200 0000 0000 0000 005',
    ]) {
      const { bin, last4 } = digestCardInput(raw)
      expect(validateProfile(usProfile({ card: { bin, last4 } })).ok, raw).toBe(true)
    }
  })
})
