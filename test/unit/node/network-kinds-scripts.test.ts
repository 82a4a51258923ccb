import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allocationRow } from '../../../scripts/network-kinds/allocations'
import { rowAt, type AsnRow } from '../../../scripts/network-kinds/asn-data'
import { fillAllocations, fillV6, holes, withFills } from '../../../scripts/network-kinds/fill-v6'
import { cidrRange } from '../../../scripts/network-kinds/relay-ranges'
import { orgStem } from '../../../scripts/network-kinds/stems'
import { denseAsns } from '../../../scripts/network-kinds/tor'

const v6 = (cidr: string) => {
  const range = cidrRange(cidr)
  if (!range) throw new Error(cidr)
  return { start: range.start, end: range.end }
}
const row = (cidr: string, asn: number, org: string): AsnRow => ({ ...v6(cidr), asn, org })

describe('IPv6 holes of the ASN data', () => {
  // DigitalOcean-like: one network's rows in a /32, most of its announced space without a row.
  const rows = [row('2604:a880::/48', 14061, 'DO'), row('2604:a880:800::/48', 14061, 'DO')]
  const shared = [row('2001:db8::/48', 1, 'A'), row('2001:db8:1::/48', 2, 'B')]
  const announced = [v6('2604:a880::/32'), v6('2001:db8::/32')]

  it('fills the holes of a /32 with one owner, and only those', () => {
    const all = [...rows, ...shared].sort((a, b) => (a.start < b.start ? -1 : 1))
    const fills = fillV6(all, announced)
    expect(fills.length).toBeGreaterThan(0)
    expect(fills.every((f) => f.asn === 14061)).toBe(true)
    const table = withFills(all, fills)
    expect(rowAt(table, v6('2604:a880:4:1d0::/128').start)?.asn).toBe(14061)
    expect(rowAt(table, v6('2001:db8:2::/128').start)).toBeNull()
  })

  it('leaves no announced address of a sole-owner /32 without a row (property)', () => {
    const fills = fillV6(rows, [announced[0] ?? v6('::/128')])
    const table = withFills(rows, fills)
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 96n) - 1n }), (offset) => {
        const address = (announced[0]?.start ?? 0n) + offset
        expect(rowAt(table, address)?.asn).toBe(14061)
      }),
    )
  })

  it('fills a saved allocation only where no row is', () => {
    const allocation = allocationRow('2a0d:5600::/29 9009 M247 Europe SRL')
    expect(allocation).toMatchObject({ asn: 9009, org: 'M247 Europe SRL' })
    const existing = [row('2a0d:5600:1::/48', 64500, 'Someone')]
    const fills = fillAllocations(existing, allocation ? [allocation] : [])
    const table = withFills(existing, fills)
    expect(rowAt(table, v6('2a0d:5600::1/128').start)?.asn).toBe(9009)
    expect(rowAt(table, v6('2a0d:5600:1::1/128').start)?.asn).toBe(64500)
    expect(holes(table, [v6('2a0d:5600::/29')])).toEqual([])
    expect(allocationRow('# a comment')).toBeNull()
    expect(allocationRow('192.0.2.0/24 64500 IPv4')).toBeNull()
  })
})

describe('operator stems', () => {
  it('joins entities that differ by legal form or region', () => {
    expect(orgStem('Voxility S.R.L.')).toBe(orgStem('Voxility LLP'))
    expect(orgStem('Contabo Asia Private Limited')).toBe(orgStem('Contabo GmbH'))
    expect(orgStem('M247 Europe SRL')).toBe(orgStem('M247 Ltd'))
    expect(orgStem('Voxility LLP')).not.toBe(orgStem('Vultr Holdings LLC'))
  })

  it('refuses stems too short or too common to name one operator', () => {
    expect(orgStem('Cloud Hosting Ltd')).toBeNull()
    expect(orgStem('Net Inc')).toBeNull()
  })
})

describe('Tor-dense networks', () => {
  const owner = (ip: string) => (ip.startsWith('10.') ? 1 : ip.startsWith('11.') ? 2 : null)
  const size = (asn: number) => (asn === 1 ? 1024 : 65536)
  const rule = { perSlash24: 0.5, atLeast: 5 }

  it('lists a network only when its exits are both many and dense', () => {
    const small = ['10.0.0.1', '10.0.0.2', '10.0.1.1', '10.0.2.1', '10.0.3.1']
    const sparse = ['11.0.0.1', '11.0.0.2', '11.0.1.1', '11.0.2.1', '11.0.3.1', '11.0.4.1']
    expect(denseAsns([...small, ...sparse], owner, size, rule)).toEqual([1])
    expect(denseAsns(small.slice(1), owner, size, rule)).toEqual([])
    expect(denseAsns([...small, ...small], owner, size, rule)).toEqual([1])
  })
})
