import { readFileSync } from 'node:fs'
import { emptyAsnDb, openAsnDb } from '../../../src/node/asn-db'
import { decodeAsnTable, tableOwners } from '../../../src/shared/network-owner/asn-table'
import { knownNetworks } from '../../../src/shared/network-owner/known-networks'

const file = 'resources/asn.bin'

describe('the shipped ASN table', () => {
  const db = openAsnDb(file)

  it.each([
    ['3.5.140.2', 16509],
    ['2001:4f8:2::1', 16509],
    ['45.32.0.1', 20473],
    ['2001:19f0::1', 20473],
    ['5.9.0.1', 24940],
    ['2a01:4f8::1', 24940],
    ['2400:6180::1', 14061],
    ['2001:41d0::1', 16276],
    ['2400:8900::1', 63949],
    ['2001:671:fc00::1', 396982],
    ['240e:3b7:3272:d8d0::1', 4134],
    ['2400:9380:8000::1', 4134],
    ['2402:18a0::1', 4837],
    ['2001:558::1', 7922],
    ['2001:4868::1', 701],
    ['2001:268::1', 2516],
    ['8.8.8.8', 15169],
    ['2001:4860:4860::8888', 15169],
    ['1.1.1.1', 13335],
    ['2606:4700:4700::1111', 13335],
    ['::ffff:8.8.8.8', 15169],
  ])('knows who announces %s (AS%i)', (ip, asn) => {
    expect(db.owner(ip)?.asn).toBe(asn)
  })

  it.each(['10.0.0.1', '192.168.1.1', '::1', 'fe80::1', 'not-an-ip'])(
    'knows nothing about %s',
    (ip) => {
      expect(db.owner(ip)).toBeNull()
    },
  )

  it('holds every curated network under the operator name the list expects', () => {
    const names = new Map<number, string[]>()
    for (const { asn, org } of tableOwners(decodeAsnTable(readFileSync(file))))
      names.set(asn, [...(names.get(asn) ?? []), org])
    const wrong = knownNetworks
      .filter((n) => !(names.get(n.asn) ?? []).some((org) => n.orgPattern.test(org)))
      .map((n) => `AS${n.asn} ${n.operator}: ${names.get(n.asn)?.join(' | ') ?? 'absent'}`)
    expect(wrong).toEqual([])
  })

  it('has an empty stand-in for a missing file', () => {
    expect(emptyAsnDb.owner('8.8.8.8')).toBeNull()
    expect(() => openAsnDb('resources/no-such-file.bin')).toThrow()
  })
})
