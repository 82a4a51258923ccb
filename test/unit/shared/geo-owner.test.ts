import fc from 'fast-check'
import { ownerFromGeoRecord } from '../../../src/shared/geo/geo-owner'

describe('ownerFromGeoRecord', () => {
  it('reads ipwho.is connection fields and ipapi.co "AS…" numbers', () => {
    expect(ownerFromGeoRecord('ipwhois', { connection: { asn: 20473, org: 'Vultr' } })).toEqual({
      asn: 20473,
      org: 'Vultr',
    })
    expect(ownerFromGeoRecord('ipapi', { asn: 'AS4134', org: 'CHINANET' })).toEqual({
      asn: 4134,
      org: 'CHINANET',
    })
  })

  it('gives nothing for a missing, zero or out-of-range ASN, or a provider without the fields', () => {
    expect(ownerFromGeoRecord('ipwhois', { connection: null })).toBeNull()
    expect(ownerFromGeoRecord('ipwhois', { connection: { asn: 0, org: 'x' } })).toBeNull()
    expect(ownerFromGeoRecord('ipapi', { asn: 'AS99999999999', org: 'x' })).toBeNull()
    expect(ownerFromGeoRecord('country-is', { asn: 'AS1', org: 'x' })).toBeNull()
  })

  it('strips control characters and cuts long names', () => {
    const owner = ownerFromGeoRecord('ipapi', {
      asn: 'AS1',
      org: `A\u0007B\u202e${'x'.repeat(200)}`,
    })
    expect(owner?.org).toBe(`AB${'x'.repeat(78)}`)
  })

  it('never throws and only returns whole ASNs in range with printable, short names (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ipwhois', 'ipapi', 'country-is'),
        fc.anything(),
        fc.anything(),
        (parser, asn, org) => {
          const owner = ownerFromGeoRecord(parser, { asn, org, connection: { asn, org } })
          if (owner === null) return
          expect(Number.isSafeInteger(owner.asn) && owner.asn > 0 && owner.asn < 2 ** 32).toBe(true)
          expect([...owner.org].length).toBeLessThanOrEqual(80)
          expect(/[\p{Cc}\p{Cf}]/u.test(owner.org)).toBe(false)
        },
      ),
    )
  })
})
