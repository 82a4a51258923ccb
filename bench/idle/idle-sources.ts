// The outside world of the idle bench: every default source and online geolocation provider
// answered by one HTTP server on 127.0.0.1, in the world of the epoch the path names.
import { defaultSources } from '../../src/shared/net/sources'
import { startFakeServer, type FakeBehaviour, type FakeServer } from '../../test/support/fake-server'
import { fixture, traceBody } from '../../test/support/provider-bodies'

/** The exits of one epoch: epoch 0 is the steady world; a simulated day moves to a new epoch hourly. */
export function exitsOf(epoch: number): { readonly v4: string; readonly v6: string } {
  return { v4: `104.28.${epoch % 250}.17`, v6: `2606:4700:110:${(epoch % 250).toString(16)}::1` }
}

/** How the loopback server answers a path made by `loopbackPath` (loopback-fetch.ts). */
export function answer(path: string): FakeBehaviour {
  const [, epochText = '0', name = '', ...rest] = path.split('/')
  const { v4, v6 } = exitsOf(Number(epochText))
  const source = defaultSources.find((s) => s.name === name)
  if (source?.parser === 'plain-ip') return { kind: 'body', body: source.family === 'v6' ? v6 : v4 }
  if (source?.family === 'v6') {
    const body = fixture('cloudflare-trace-v6.txt').replace(/^ip=.*$/m, `ip=${v6}`)
    return { kind: 'body', body }
  }
  if (source) return { kind: 'body', body: traceBody(v4, 'US', new URL(source.url).hostname) }
  if (name === 'geo' && rest[0] === 'ipwhois') {
    const ip = decodeURIComponent(rest[1] ?? '')
    const body = fixture('ipwhois.json').replace(/"ip": "[^"]*"/, `"ip": "${ip}"`)
    return { kind: 'body', body, contentType: 'application/json' }
  }
  return { kind: 'body', status: 404, body: 'not found' }
}

/** The loopback server; every path is answered by {@link answer}. */
export function startIdleSources(): Promise<FakeServer> {
  return startFakeServer({ '/': answer })
}
