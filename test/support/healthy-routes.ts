import type { FakeServer } from './fake-server'
import { fixture, traceBody } from './provider-bodies'

/** The exit the fake sources report by default. */
export const US = '104.28.41.17'

/** Every fake source answering as a healthy US exit with a Chinese IPv6 leak, plus geo and BIN services. */
export function healthyRoutes(server: FakeServer): void {
  server.setRoute('/chatgpt', { kind: 'body', body: traceBody(US, 'US') })
  server.setRoute('/openai-api', { kind: 'body', body: traceBody(US, 'US', 'api.openai.com') })
  server.setRoute('/cloudflare', { kind: 'body', body: traceBody(US, 'US', 'www.cloudflare.com') })
  server.setRoute('/cf-v4', { kind: 'body', body: traceBody(US, 'US', '1.1.1.1') })
  server.setRoute('/cf-v6', { kind: 'body', body: fixture('cloudflare-trace-v6.txt') })
  server.setRoute('/ipify', { kind: 'body', body: US })
  server.setRoute('/ipify6', { kind: 'body', status: 503, body: '<html>upstream error</html>' })
  server.setRoute('/geo/ipwhois/', (p) => {
    const ip = decodeURIComponent(p.split('/').pop() ?? '')
    return {
      kind: 'body',
      body: JSON.stringify({ ip, success: true, country_code: ip === US ? 'US' : 'CN' }),
    }
  })
  server.setRoute('/bin/', { kind: 'body', body: fixture('binlist.json') })
}
