import { parseSourceBody, parseTraceFields } from '../../../src/shared/net/parse-body'
import { fixture } from '../../support/provider-bodies'

describe('parseSourceBody: cf-trace', () => {
  it('reads the exit IP and country from the merchant trace sample', () => {
    expect(parseSourceBody('cf-trace', 'any', fixture('chatgpt-trace.txt'))).toEqual({
      ok: true,
      exit: { ip: '104.28.41.17', family: 4 },
      country: 'US',
      rawCountry: 'US',
    })
  })

  it('reads an IPv6 exit from the IPv6-only trace', () => {
    const parsed = parseSourceBody('cf-trace', 'v6', fixture('cloudflare-trace-v6.txt'))
    expect(parsed).toMatchObject({ ok: true, exit: { family: 6 }, country: 'CN' })
  })

  it.each(['XX', 'T1', 'zz', ''])('keeps the IP but no country when loc=%s', (loc) => {
    const body = fixture('chatgpt-trace.txt').replace('loc=US', `loc=${loc}`)
    expect(parseSourceBody('cf-trace', 'any', body)).toMatchObject({
      ok: true,
      country: null,
      rawCountry: loc,
    })
  })

  it('refuses an HTML error page', () => {
    const parsed = parseSourceBody(
      'cf-trace',
      'any',
      '<!DOCTYPE html><html><body>Attention Required!</body></html>',
    )
    expect(parsed).toMatchObject({ ok: false, reason: 'garbage' })
  })

  it('reports a truncated trace that lost its ip line', () => {
    expect(parseSourceBody('cf-trace', 'any', 'fl=466f12\nh=chatgpt.com\n')).toMatchObject({
      ok: false,
      reason: 'no-ip',
    })
  })

  it('refuses an ip= that is not an IP', () => {
    const body = fixture('chatgpt-trace.txt').replace('ip=104.28.41.17', 'ip=banana')
    expect(parseSourceBody('cf-trace', 'any', body)).toMatchObject({
      ok: false,
      reason: 'not-an-ip',
    })
  })

  it('refuses a private address as the exit', () => {
    const body = fixture('chatgpt-trace.txt').replace('ip=104.28.41.17', 'ip=192.168.1.5')
    expect(parseSourceBody('cf-trace', 'any', body)).toMatchObject({
      ok: false,
      reason: 'not-public',
    })
  })

  it('refuses an IPv4 answer on an IPv6-only source', () => {
    expect(parseSourceBody('cf-trace', 'v6', fixture('chatgpt-trace.txt'))).toMatchObject({
      ok: false,
      reason: 'wrong-family',
    })
  })

  it('accepts CRLF line endings', () => {
    expect(parseTraceFields('ip=1.1.1.1\r\nloc=AU\r\n')?.get('loc')).toBe('AU')
  })
})

describe('parseSourceBody: plain-ip', () => {
  it('reads the echo sample', () => {
    expect(parseSourceBody('plain-ip', 'v4', fixture('ipify.txt'))).toEqual({
      ok: true,
      exit: { ip: '104.28.41.17', family: 4 },
      country: null,
      rawCountry: null,
    })
  })

  it.each([
    ['<html>blocked</html>', 'garbage'],
    ['1.2.3.4\n5.6.7.8', 'garbage'],
    ['{"ip":"1.2.3.4"}', 'not-an-ip'],
    ['', 'no-ip'],
    ['100.64.1.1', 'not-public'],
  ])('refuses %j (%s)', (body, reason) => {
    expect(parseSourceBody('plain-ip', 'v4', body)).toMatchObject({ ok: false, reason })
  })
})

describe('parseSourceBody: hostile traces', () => {
  it.each(['ß', 'ſe', 'ıd', 'ＵＳ'])('keeps the IP but no country when loc=%s', (loc) => {
    const parsed = parseSourceBody('cf-trace', 'any', `ip=104.28.41.17\nloc=${loc}\n`)
    expect(parsed).toMatchObject({ ok: true, country: null, rawCountry: loc })
  })

  it.each(['1::1', 'e000::1', '2606:4700::1%eth0', '2001:db8::1'])(
    'refuses %s as an exit',
    (ip) => {
      expect(parseSourceBody('cf-trace', 'v6', `ip=${ip}\nloc=US\n`)).toMatchObject({ ok: false })
      expect(parseSourceBody('plain-ip', 'any', ip)).toMatchObject({ ok: false })
    },
  )
})
