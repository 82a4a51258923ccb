import { comparisonRows, markAgainst } from '../../../src/shared/view/comparison'
import type { CountryCode } from '../../../src/shared/geo/country'
import type { ProfileBook } from '../../../src/shared/profile/schema'
import { exitOf, observationOf } from '../../support/observations'
import { usProfile } from '../../support/profiles'

const t0 = Date.parse('2026-11-25T10:00:00Z')
const US = 'US' as CountryCode
const CN = 'CN' as CountryCode

function book(patch: Parameters<typeof usProfile>[0] = {}, activeId: string | null = 'main') {
  return { schema: 3, activeId, profiles: [usProfile(patch)] } satisfies ProfileBook
}

describe('markAgainst', () => {
  it('matches only the same country, and an unknown country is unknown, not a match', () => {
    expect(markAgainst(US, US)).toBe('matches')
    expect(markAgainst(CN, US)).toBe('differs')
    expect(markAgainst(null, US)).toBe('unknown')
  })
})

describe('comparisonRows', () => {
  it('is null when no profile is active, whatever the network shows', () => {
    const observation = observationOf(t0, { merchant: exitOf('merchant', '104.28.41.17', 'US') })
    expect(comparisonRows(book({}, null), observation)).toBeNull()
    expect(comparisonRows(book({}, 'gone'), observation)).toBeNull()
    expect(comparisonRows({ schema: 3, activeId: null, profiles: [] }, null)).toBeNull()
  })

  it('marks the card and every observed exit against the billing country, in route order', () => {
    const observation = observationOf(t0, {
      merchant: exitOf('merchant', '104.28.41.17', 'US'),
      ipv6: exitOf('ipv6', '240e:3b7::1', 'CN'),
    })
    expect(comparisonRows(book(), observation)).toEqual([
      { kind: 'card', country: US, mark: 'matches' },
      { kind: 'billing', country: US },
      { kind: 'network', route: 'merchant', country: US, mark: 'matches' },
      { kind: 'network', route: 'ipv4', country: US, mark: 'matches' },
      { kind: 'network', route: 'ipv6', country: CN, mark: 'differs' },
    ])
  })

  it('says unknown for a card without an issuing country and an exit without a country', () => {
    const observation = observationOf(t0, { merchant: exitOf('merchant', '104.28.41.17', null) })
    const rows = comparisonRows(book({ card: { issuingCountry: null } }), observation)
    expect(rows?.filter((r) => r.kind !== 'billing').map((r) => [r.kind, r.mark])).toEqual([
      ['card', 'unknown'],
      ['network', 'unknown'],
      ['network', 'unknown'],
    ])
  })

  it('compares with the active profile, not the first one', () => {
    const other = { ...usProfile({ billing: { country: CN } }), id: 'other' }
    const rows = comparisonRows(
      { schema: 3, activeId: 'other', profiles: [usProfile(), other] },
      null,
    )
    expect(rows).toEqual([
      { kind: 'card', country: US, mark: 'differs' },
      { kind: 'billing', country: CN },
    ])
  })
})
