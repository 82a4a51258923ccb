import { currentBookSchema, migrateBook } from '../../../src/shared/profile/migrations'
import { usProfile } from '../../support/profiles'

const amex = usProfile({ card: { bin: '37828224', last4: '0005', brand: 'american-express' } })
const visa = usProfile({ card: { bin: '41111111', last4: '1234' } })
const amexNoLast4 = usProfile({ card: { bin: '37828224', last4: null } })
const visaNoLast4 = usProfile({ card: { bin: '41111111', last4: null } })

describe('migrateBook', () => {
  it('moves a version-1 single profile into a version-2 book', () => {
    expect(migrateBook({ schema: 1, profile: visa }, 2)).toEqual({
      schema: 2,
      activeId: 'main',
      profiles: [visa],
    })
  })

  it('version 3 cuts a stored 7–8-digit BIN to 6 beside the last 4, or alone for a brand with short numbers', () => {
    const migrated = migrateBook(
      { schema: 2, activeId: 'main', profiles: [amex, visa, amexNoLast4, visaNoLast4] },
      3,
    )
    expect(migrated).toEqual({
      schema: 3,
      activeId: 'main',
      profiles: [
        { ...amex, card: { ...amex.card, bin: '378282' } },
        { ...visa, card: { ...visa.card, bin: '411111' } },
        { ...amexNoLast4, card: { ...amexNoLast4.card, bin: '378282' } },
        visaNoLast4,
      ],
    })
  })

  it('leaves malformed cards for the schema to refuse', () => {
    const odd = [{ card: { bin: 37828224 } }, 'x', { card: null }]
    expect(migrateBook({ schema: 2, activeId: null, profiles: odd }, 3)).toEqual({
      schema: 3,
      activeId: null,
      profiles: odd,
    })
  })

  it('refuses a newer or unknown version rather than guessing', () => {
    expect(migrateBook({ schema: currentBookSchema + 5, profiles: [] })).toBeNull()
    expect(migrateBook({ schema: 'two' })).toBeNull()
    expect(migrateBook([])).toBeNull()
    expect(migrateBook({ schema: 3, profiles: [] }, 2)).toBeNull()
  })
})
