import fc from 'fast-check'
import ipaddr from 'ipaddr.js'
import { encodeAsnTable } from '../../../src/shared/network-owner/asn-table-encode'
import { decodeAsnTable, lookupAsn } from '../../../src/shared/network-owner/asn-table'
import { ipKey, parseIpv4 } from '../../../src/shared/network-owner/ip-key'
import { classifyNetwork } from '../../../src/shared/network-owner/classify'

const v4 = (text: string) => BigInt(parseIpv4(text) ?? -1)
const v6 = (text: string) =>
  BigInt(
    `0x${ipaddr
      .parse(text)
      .toByteArray()
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('')}`,
  )

describe('ipKey', () => {
  it('agrees with ipaddr.js on every IPv4 address', () => {
    fc.assert(
      fc.property(fc.ipV4(), (ip) => {
        const bytes = ipaddr.parse(ip).toByteArray()
        expect(ipKey(ip)).toEqual({
          family: 4,
          v4: ((bytes[0]! * 256 + bytes[1]!) * 256 + bytes[2]!) * 256 + bytes[3]!,
        })
      }),
      { numRuns: 10_000, seed: 42 },
    )
  })

  it('keys every IPv6 address by its /64, as ipaddr.js reads it', () => {
    fc.assert(
      fc.property(fc.ipV6(), (ip) => {
        // ipaddr.js reads the deprecated IPv4-compatible form ::a.b.c.d as IPv4-mapped; skip it.
        fc.pre(!/^::\d+\./.test(ip))
        const parts = ipaddr.parse(ip) as ipaddr.IPv6
        const key = ipKey(ip)
        if (parts.isIPv4MappedAddress()) expect(key?.family).toBe(4)
        else {
          const p = parts.parts
          expect(key).toEqual({ family: 6, hi: p[0]! * 65536 + p[1]!, lo: p[2]! * 65536 + p[3]! })
        }
      }),
      { numRuns: 10_000, seed: 43 },
    )
  })

  it('never throws and rejects what is not an address', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const key = ipKey(text)
        if (key !== null) expect(ipaddr.isValid(text.split('%')[0]!)).toBe(true)
      }),
      { numRuns: 10_000, seed: 44 },
    )
    for (const bad of [
      '1.2.3',
      '1.2.3.256',
      '1..2.3',
      '1:2:3',
      '1::2::3',
      'g::1',
      '1:2:3:4:5:6:7:8:9',
    ])
      expect(ipKey(bad)).toBeNull()
  })

  it.each([
    ['::', { family: 6, hi: 0, lo: 0 }],
    ['1::', { family: 6, hi: 0x10000, lo: 0 }],
    ['1:2:3:4:5:6:7::', { family: 6, hi: 0x10002, lo: 0x30004 }],
    ['::2:3:4:5:6:7:8', { family: 6, hi: 2, lo: 0x30004 }],
    ['2001:db8::1.2.3.4', { family: 6, hi: 0x20010db8, lo: 0 }],
    ['FE80::1%eth0', { family: 6, hi: 0xfe800000, lo: 0 }],
  ])('keys %s by its /64', (ip, key) => {
    expect(ipKey(ip)).toEqual(key)
  })

  it('reads an IPv4-mapped IPv6 address as the IPv4 exit it carries', () => {
    expect(ipKey('::ffff:8.8.8.8')).toEqual(ipKey('8.8.8.8'))
  })
})

describe('the packed ASN table', () => {
  const table = decodeAsnTable(
    encodeAsnTable(
      [
        { start: v4('1.0.0.0'), end: v4('1.0.0.255'), asn: 13335, org: 'Cloudflare, Inc.' },
        { start: v4('1.0.4.0'), end: v4('1.0.7.255'), asn: 38803, org: 'Gtelecom "GT"' },
        { start: v4('1.0.8.0'), end: v4('1.0.8.255'), asn: 38803, org: 'Gtelecom "GT"' },
      ],
      [
        {
          start: v6('2001:500:30ff::'),
          end: v6('2001:500:30ff::2f'),
          asn: 396585,
          org: 'VeriSign',
        },
        {
          start: v6('2001:500:30ff::30'),
          end: v6('2001:500:30ff::30'),
          asn: 396552,
          org: 'VeriSign',
        },
        {
          start: v6('2400:6180::'),
          end: v6('2400:6180:0:ffff:ffff:ffff:ffff:ffff'),
          asn: 14061,
          org: 'DigitalOcean, LLC — 数字海洋',
        },
      ],
    ),
  )

  it.each([
    ['1.0.0.0', 13335],
    ['1.0.0.255', 13335],
    ['1.0.5.9', 38803],
    ['1.0.8.1', 38803],
    ['2001:500:30ff::30', 396585],
    ['2400:6180:0:d0::1', 14061],
  ])('finds the owner of %s', (ip, asn) => {
    expect(lookupAsn(table, ip)?.asn).toBe(asn)
  })

  it.each(['0.255.255.255', '1.0.1.0', '1.0.9.0', '255.255.255.255', '::', '2400:6180:1::1', 'x'])(
    'knows nothing about %s',
    (ip) => {
      expect(lookupAsn(table, ip)).toBeNull()
    },
  )

  it('keeps organisation names exactly, quotes and Chinese included', () => {
    expect(lookupAsn(table, '1.0.4.1')?.org).toBe('Gtelecom "GT"')
    expect(lookupAsn(table, '2400:6180::1')?.org).toBe('DigitalOcean, LLC — 数字海洋')
  })

  it('refuses a file that is not a table, or a cut-off one', () => {
    expect(() => decodeAsnTable(new Uint8Array(64))).toThrow(/not a PayLight/)
    const whole = encodeAsnTable([{ start: 0n, end: 9n, asn: 1, org: 'Example' }], [])
    expect(() => decodeAsnTable(whole.subarray(0, whole.length - 4))).toThrow(/truncated/)
  })
})

describe('classifyNetwork', () => {
  it.each([
    [16509, 'Amazon.com, Inc.'],
    [14061, 'DigitalOcean, LLC'],
    [20473, 'The Constant Company, LLC'],
    [24940, 'Hetzner Online GmbH'],
    [16276, 'OVH SAS'],
    [63949, 'Akamai Technologies, Inc.'],
    [396982, 'Google LLC'],
  ])('calls AS%i (%s) hosting', (asn, org) => {
    expect(classifyNetwork({ asn, org, warp: null })).toMatchObject({
      kind: 'hosting',
      reason: 'known-hosting',
    })
  })

  it.each([
    [4134, 'Chinanet'],
    [4837, 'CHINA UNICOM China169 Backbone'],
    [7922, 'Comcast Cable Communications, LLC'],
    [701, 'Verizon Business'],
    [2516, 'KDDI CORPORATION'],
  ])('calls AS%i (%s) an access network', (asn, org) => {
    expect(classifyNetwork({ asn, org, warp: 'off' })).toMatchObject({
      kind: 'access',
      reason: 'known-access',
    })
  })

  it('takes warp=on or plus as a relay, whatever the network', () => {
    expect(classifyNetwork({ asn: 13335, org: 'Cloudflare, Inc.', warp: 'on' }).reason).toBe(
      'warp-on',
    )
    expect(classifyNetwork({ asn: 4134, org: 'Chinanet', warp: 'plus' }).kind).toBe('vpn-or-relay')
    expect(classifyNetwork({ asn: 13335, org: 'Cloudflare, Inc.', warp: 'off' }).kind).toBe(
      'vpn-or-relay',
    )
  })

  it('reads a hosting word in an unlisted operator name as a hint', () => {
    expect(classifyNetwork({ asn: 64512, org: 'Example Hosting Ltd', warp: null })).toEqual({
      kind: 'hosting',
      reason: 'hosting-name',
    })
  })

  it('leaves an unlisted or missing network unknown', () => {
    expect(classifyNetwork({ asn: 64512, org: 'Example Telecom', warp: null })).toEqual({
      kind: 'unknown',
      reason: 'unlisted',
    })
    expect(classifyNetwork({ asn: null, org: null, warp: null })).toEqual({
      kind: 'unknown',
      reason: 'no-asn',
    })
    expect(classifyNetwork({ asn: -1, org: null, warp: 'off' }).kind).toBe('unknown')
  })
})
