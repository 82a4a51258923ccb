import { checkPublicIp } from '../../../src/shared/net/ip-address'

describe('checkPublicIp', () => {
  it.each([
    ['104.28.41.17', 4],
    ['8.8.8.8', 4],
    ['240e:3b7:3272:d8d0:a9c4:1f2:95e:7b1', 6],
    ['2606:4700:4700::1111', 6],
  ])('accepts the public exit %s', (ip, family) => {
    const result = checkPublicIp(ip)
    expect(result).toEqual({ ok: true, value: { ip, family } })
  })

  it.each([
    ['10.0.0.1', 'private'],
    ['192.168.1.20', 'private'],
    ['172.16.5.4', 'private'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['127.0.0.1', 'loopback'],
    ['169.254.10.10', 'linkLocal'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['::1', 'loopback'],
    ['fe80::1', 'linkLocal'],
    ['fd00::1', 'uniqueLocal'],
    ['2001:db8::1', 'reserved'],
  ])('rejects %s as not a public exit (%s)', (ip, range) => {
    expect(checkPublicIp(ip)).toEqual({ ok: false, reason: 'not-public', range })
  })

  it('unwraps an IPv4-mapped IPv6 address to its IPv4 exit', () => {
    expect(checkPublicIp('::ffff:104.28.41.17')).toEqual({
      ok: true,
      value: { ip: '104.28.41.17', family: 4 },
    })
    expect(checkPublicIp('::ffff:10.0.0.1')).toMatchObject({ ok: false, reason: 'not-public' })
  })

  it.each([
    '',
    'hello',
    '1.2.3',
    '1.2.3.4.5',
    '999.1.1.1',
    '<html>',
    '1.2.3.4 extra',
    'x'.repeat(1000),
  ])('rejects %j as not an IP', (text) => {
    expect(checkPublicIp(text)).toEqual({ ok: false, reason: 'not-an-ip' })
  })

  it('trims surrounding whitespace, as echo services end with a newline', () => {
    expect(checkPublicIp(' 8.8.8.8\n')).toEqual({ ok: true, value: { ip: '8.8.8.8', family: 4 } })
  })
})

describe('checkPublicIp: only global unicast IPv6, no zone ids', () => {
  it.each([
    ['1::1', 'notGlobalUnicast'],
    ['4000::1', 'notGlobalUnicast'],
    ['e000::1', 'notGlobalUnicast'],
    ['5f00::1', 'segmentRouting'],
    ['2001:db8::1', 'reserved'],
    ['3fff::1', 'reserved'],
    ['2001::1', 'teredo'],
    ['2002:c000:204::1', '6to4'],
    ['2001:2::1', 'benchmarking'],
    ['2001:20::1', 'orchid2'],
    ['64:ff9b::808:808', 'rfc6052'],
  ])('rejects %s (%s)', (ip, range) => {
    expect(checkPublicIp(ip)).toEqual({ ok: false, reason: 'not-public', range })
  })

  it.each(['2606:4700::1%eth0', 'fe80::1%en0', '2606:4700::1%25eth0'])(
    'rejects %s: a zone id is never a public exit',
    (ip) => expect(checkPublicIp(ip)).toEqual({ ok: false, reason: 'not-an-ip' }),
  )

  it.each([
    ['198.18.0.1', 'reserved'],
    ['198.19.255.255', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['198.51.100.7', 'reserved'],
    ['203.0.113.9', 'reserved'],
    ['0.1.2.3', 'unspecified'],
    ['100.127.255.254', 'carrierGradeNat'],
    ['192.0.0.8', 'reserved'],
  ])('rejects the IPv4 special address %s (%s)', (ip, range) => {
    expect(checkPublicIp(ip)).toEqual({ ok: false, reason: 'not-public', range })
  })
})
