import fc from 'fast-check'
import type { CountryCode } from '../../../src/shared/geo/country'
import { contextFromFile } from '../../../src/shared/verdict/context'
import { evaluate } from '../../../src/shared/verdict/evaluate'
import { cardFindings } from '../../../src/shared/verdict/card-rules'
import { addressFindings } from '../../../src/shared/verdict/address-rules'
import { exitOf, observationOf } from '../../support/observations'
import { usProfile } from '../../support/profiles'
import { T0, verdictContext } from '../../support/verdict-context'

const at = (iso: string) => Date.parse(iso)
const expiring = (now: string, month: number, year: number) =>
  cardFindings(usProfile({ card: { expiryMonth: month, expiryYear: year } }), at(now))
    .filter((f) => f.id.startsWith('card-exp'))
    .map((f) => `${f.id}:${f.severity}`)

describe('card expiry counts calendar months', () => {
  it('warns on the 1st of the expiry month, which a 30-day window missed', () => {
    expect(expiring('2026-11-01T00:00:00Z', 11, 2026)).toEqual(['card-expiring:yellow'])
    expect(expiring('2026-12-01T00:00:00Z', 12, 2026)).toEqual(['card-expiring:yellow'])
  })

  it('warns through the month before expiry, not earlier', () => {
    expect(expiring('2026-10-01T00:00:00Z', 11, 2026)).toEqual(['card-expiring:yellow'])
    expect(expiring('2026-09-30T23:59:59Z', 11, 2026)).toEqual([])
    expect(expiring('2026-12-05T00:00:00Z', 1, 2027)).toEqual(['card-expiring:yellow'])
  })

  it('turns red once the expiry month has ended', () => {
    expect(expiring('2026-11-30T23:59:59Z', 11, 2026)).toEqual(['card-expiring:yellow'])
    expect(expiring('2026-12-01T00:00:00Z', 11, 2026)).toEqual(['card-expired:red'])
  })

  it('says which month in words', () => {
    const [thisMonth] = cardFindings(
      usProfile({ card: { expiryMonth: 11, expiryYear: 2026 } }),
      at('2026-11-01T00:00:00Z'),
    ).filter((f) => f.id === 'card-expiring')
    const [nextMonth] = cardFindings(
      usProfile({ card: { expiryMonth: 12, expiryYear: 2026 } }),
      at('2026-11-20T00:00:00Z'),
    ).filter((f) => f.id === 'card-expiring')
    expect(thisMonth?.message.en).toContain('end of this month (11/2026)')
    expect(nextMonth?.message.zh).toContain('下月底到期（12/2026）')
  })

  it('matches a month-by-month count for any date and expiry (property)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2001-01-01Z'),
          max: new Date('2099-12-31Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 2000, max: 2100 }),
        (date, month, year) => {
          const months = year * 12 + month - 1 - (date.getUTCFullYear() * 12 + date.getUTCMonth())
          const expected =
            months < 0 ? ['card-expired:red'] : months <= 1 ? ['card-expiring:yellow'] : []
          expect(expiring(date.toISOString(), month, year)).toEqual(expected)
        },
      ),
    )
  })
})

const postal = (country: string, postalCode: string, state = '') =>
  addressFindings(
    usProfile({ billing: { country: country as CountryCode, postalCode, state } }),
  ).filter((f) => f.id === 'postal-code-format' || f.id === 'zip-state-mismatch')

describe('postal codes: red only where required and wrong', () => {
  it.each(['IE', 'HK', 'AE', 'PA', 'QA'])('an empty postal code in %s raises nothing', (c) => {
    expect(postal(c, '')).toEqual([])
  })

  it('an empty postal code is red where checkouts require one, and says it is missing', () => {
    const [us] = postal('US', '', 'CA')
    expect(us?.severity).toBe('red')
    expect(us?.message.en).toContain('needs a postal code')
    expect(postal('DE', '').map((f) => f.severity)).toEqual(['red'])
  })

  it('a malformed code where it is optional is a warning; where required, red', () => {
    expect(postal('IE', '12345').map((f) => f.severity)).toEqual(['yellow'])
    expect(postal('DE', '1234').map((f) => f.severity)).toEqual(['red'])
    expect(postal('IE', 'D02 X285')).toEqual([])
  })
})

describe('ZIPs that straddle a state line', () => {
  it('a mismatch that a known straddle explains is yellow, with its own words', () => {
    const [f] = postal('US', '02861', 'MA')
    expect(f).toMatchObject({ id: 'zip-state-mismatch', severity: 'yellow' })
    expect(f?.evidence['straddles']).toBe(true)
    expect(f?.message.en).toContain('reaches into MA')
  })

  it('a real mismatch stays red, and a match raises nothing', () => {
    expect(postal('US', '90210', 'NY').map((f) => f.severity)).toEqual(['red'])
    expect(postal('US', '02861', 'RI')).toEqual([])
    expect(postal('US', '42223', 'TN').map((f) => f.severity)).toEqual(['yellow'])
  })
})

const t0 = T0
const observation = observationOf(t0, {
  merchant: exitOf('merchant', '104.28.41.17', 'US'),
  ipv4: exitOf('ipv4', '104.28.41.17', 'US'),
})
const ctx = (now: number) => verdictContext({ now })

describe('the verdict in time', () => {
  it('a payment exit without a country is grey: the comparison that matters cannot be made', () => {
    const unknown = observationOf(t0, {
      merchant: exitOf('merchant', '104.28.41.17', null),
      ipv4: exitOf('ipv4', '104.28.41.17', null),
    })
    const verdict = evaluate(usProfile(), unknown, ctx(t0 + 1000))
    expect(verdict.light).toBe('grey')
    expect(verdict.findings[0]?.id).toBe('network-country-unknown')
  })

  it('evidence dated after now (the clock went back) is stale, never green', () => {
    expect(evaluate(usProfile(), observation, ctx(t0 + 1000)).light).toBe('green')
    const back = evaluate(usProfile(), observation, ctx(t0 - 60 * 60_000))
    expect(back.light).toBe('grey')
    expect(back.findings[0]).toMatchObject({
      id: 'evidence-stale',
      evidence: { reason: 'clock' },
    })
    expect(evaluate(usProfile(), observation, ctx(t0 + 3 * 60 * 60_000)).light).toBe('grey')
  })

  it('a saved context is evaluated at its own now, else the clock, else the observation time', () => {
    const checkedAt = new Date(t0).toISOString()
    const later = t0 + 5 * 60 * 60_000
    expect(contextFromFile({}, checkedAt, later).now).toBe(later)
    expect(contextFromFile({}, checkedAt, null).now).toBe(t0)
    expect(contextFromFile({ now: '2026-11-25T10:00:30Z' }, checkedAt, later).now).toBe(t0 + 30_000)
    expect(evaluate(usProfile(), observation, contextFromFile({}, checkedAt, later)).light).toBe(
      'grey',
    )
  })
})
