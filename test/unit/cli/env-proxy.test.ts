import { proxyFor } from '../../../src/cli/env-proxy'

const https = new URL('https://api.example.com/trace')
const http = new URL('http://127.0.0.1:8080/trace')

describe('proxyFor', () => {
  it('takes HTTPS_PROXY for https URLs, falling back to HTTP_PROXY', () => {
    expect(proxyFor(https, { HTTPS_PROXY: 'http://p:1' })?.host).toBe('p:1')
    expect(proxyFor(https, { http_proxy: 'http://q:2' })?.host).toBe('q:2')
    expect(proxyFor(https, {})).toBeNull()
  })

  it('takes only HTTP_PROXY for http URLs', () => {
    expect(proxyFor(http, { HTTPS_PROXY: 'http://p:1' })).toBeNull()
    expect(proxyFor(http, { HTTP_PROXY: 'http://q:2' })?.host).toBe('q:2')
  })

  it('reads a proxy named without a scheme as http', () => {
    expect(proxyFor(https, { HTTPS_PROXY: 'p:3128' })?.href).toBe('http://p:3128/')
  })

  it('skips the proxy for NO_PROXY hosts, their sub-domains, matching ports and *', () => {
    const env = { HTTPS_PROXY: 'http://p:1', HTTP_PROXY: 'http://p:1' }
    expect(proxyFor(https, { ...env, NO_PROXY: 'example.com' })).toBeNull()
    expect(proxyFor(https, { ...env, no_proxy: '.example.com' })).toBeNull()
    expect(proxyFor(https, { ...env, NO_PROXY: 'other.com, *.example.com' })).toBeNull()
    expect(proxyFor(https, { ...env, NO_PROXY: '*' })).toBeNull()
    expect(proxyFor(http, { ...env, NO_PROXY: '127.0.0.1:8080' })).toBeNull()
    expect(proxyFor(http, { ...env, NO_PROXY: '127.0.0.1:9090' })?.host).toBe('p:1')
    expect(proxyFor(https, { ...env, NO_PROXY: 'ample.com' })?.host).toBe('p:1')
  })

  it('ignores a proxy of a scheme it cannot speak', () => {
    expect(proxyFor(https, { HTTPS_PROXY: 'socks5://p:1080' })).toBeNull()
  })
})
