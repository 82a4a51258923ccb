import fc from 'fast-check'
import { schemaKeysAt } from '../../../src/shared/input/schema-keys'
import { suggestCountry, suggestKey } from '../../../src/shared/input/suggest'
import { parseObservation } from '../../../src/shared/monitor/observation-schema'
import { validateProfile } from '../../../src/shared/profile/validate'
import { profileSchema } from '../../../src/shared/profile/schema'
import { settingsPatchSchema } from '../../../src/shared/contract/settings'
import { contextFileSchema } from '../../../src/shared/verdict/context'
import { usProfile } from '../../support/profiles'

const billing = schemaKeysAt(profileSchema, ['billing'])

describe('suggesting the field that was meant', () => {
  it.each([
    ['postal', 'postalCode'],
    ['zip', 'postalCode'],
    ['postal_code', 'postalCode'],
    ['state_code', 'state'],
    ['Province', 'state'],
    ['line_1', 'line1'],
    ['cty', 'city'],
  ])('%s → %s', (typed, meant) => {
    expect(suggestKey(typed, billing)).toBe(meant)
  })

  it('suggests nothing for a word that is like no field', () => {
    expect(suggestKey('favourite', billing)).toBeNull()
    expect(suggestKey('zz', billing)).toBeNull()
  })

  it('reads the allowed keys from the schema at any depth', () => {
    expect(billing).toEqual(['country', 'state', 'postalCode', 'city', 'line1', 'line2'])
    expect(schemaKeysAt(profileSchema, ['capabilities'])).toEqual([
      'usd',
      'international',
      'recurring',
      'headroom',
    ])
    expect(schemaKeysAt(contextFileSchema, [])).toContain('exitChangedAt')
    expect(schemaKeysAt(profileSchema, ['card', 'bin'])).toEqual([])
  })

  const keySets = [
    billing,
    schemaKeysAt(profileSchema, ['card']),
    schemaKeysAt(contextFileSchema, []),
  ]

  it('returns a known key or nothing, and a known key for itself (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...keySets), fc.string({ maxLength: 20 }), (known, typed) => {
        const suggestion = suggestKey(typed, known)
        expect(suggestion === null || known.includes(suggestion)).toBe(true)
        for (const key of known) expect(suggestKey(key, known)).toBe(key)
      }),
    )
  })

  it('recovers a long key with one letter dropped (property)', () => {
    const long = keySets.flatMap((known) =>
      known.filter((k) => k.length >= 6).map((k) => [k, known] as const),
    )
    fc.assert(
      fc.property(fc.constantFrom(...long), fc.nat(), ([key, known], at) => {
        const i = at % key.length
        expect(suggestKey(key.slice(0, i) + key.slice(i + 1), known)).toBe(key)
      }),
    )
  })

  it('suggests the ISO code for a common wrong one or a country name', () => {
    expect(suggestCountry('UK')).toBe('GB')
    expect(suggestCountry('China')).toBe('CN')
    expect(suggestCountry('中国')).toBe('CN')
    expect(suggestCountry('Atlantis')).toBeNull()
  })
})

describe('error messages that say how to fix the input', () => {
  it('the profile validator names each unknown field and the one meant, in both languages', () => {
    const p = usProfile()
    const result = validateProfile({
      ...p,
      billing: { country: 'UK', postal: 'SW1A 1AA', city: 'London' },
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    const byPath = Object.fromEntries(result.errors.map((e) => [e.path, e.message]))
    expect(byPath['billing.postal']?.en).toContain('did you mean “billing.postalCode”')
    expect(byPath['billing.postal']?.zh).toContain('是不是“billing.postalCode”')
    expect(byPath['billing.country']?.en).toBe(
      'The billing country is not a known country code: did you mean “GB”?',
    )
  })

  it('lists the allowed fields when nothing is close', () => {
    const result = validateProfile({ ...usProfile(), capabilities: { paypal: true } })
    expect(result.ok ? [] : result.errors.map((e) => e.message.en)).toEqual([
      'PayLight does not know the field “capabilities.paypal” (known here: usd, international, recurring, headroom)',
    ])
  })

  it('an observation with a look-alike of a required field names it', () => {
    const parsed = parseObservation({
      schema: 1,
      checked_at: '2026-11-25T10:00:00Z',
      exits: { merchant: null, ipv4: null, ipv6: null },
    })
    expect(parsed.ok ? [] : parsed.problems).toEqual([
      expect.stringContaining('did you mean “checkedAt”'),
    ])
  })

  it('a settings change with an unknown key names the setting meant', () => {
    const result = settingsPatchSchema.safeParse({ interval: 60_000 })
    expect(result.error?.issues[0]?.message).toContain('did you mean “intervalMs”')
  })
})
