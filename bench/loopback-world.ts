// The outside world the bench's stand-ins answer for: every default source and the online
// geolocation provider, answering like the real services for a given epoch (a world whose exits
// move from one epoch to the next).
import { defaultGeoProviders } from '../src/shared/geo/geo-providers'
import { defaultSources } from '../src/shared/net/sources'
import type { FakeBehaviour } from '../test/support/fake-server'
import { fixture, traceBody } from '../test/support/provider-bodies'

/** The exits of one epoch: epoch 0 is the steady world. */
export function exitsOf(epoch: number): { readonly v4: string; readonly v6: string } {
  return { v4: `104.28.${epoch % 250}.17`, v6: `2606:4700:110:${(epoch % 250).toString(16)}::1` }
}

/** How the real service behind `url` answers in the world of `epoch` (404 for anything else). */
export function answerFor(url: string, epoch: number): FakeBehaviour {
  const { v4, v6 } = exitsOf(epoch)
  const href = new URL(url).href
  const source = defaultSources.find((s) => new URL(s.url).href === href)
  if (source?.parser === 'plain-ip') return { kind: 'body', body: source.family === 'v6' ? v6 : v4 }
  if (source?.family === 'v6') {
    const body = fixture('cloudflare-trace-v6.txt').replace(/^ip=.*$/m, `ip=${v6}`)
    return { kind: 'body', body }
  }
  if (source) return { kind: 'body', body: traceBody(v4, 'US', new URL(source.url).hostname) }
  for (const provider of defaultGeoProviders) {
    const [head = '', tail = ''] = provider.url.split('{ip}')
    if (provider.parser !== 'ipwhois' || !url.startsWith(head) || !url.endsWith(tail)) continue
    const ip = decodeURIComponent(url.slice(head.length, url.length - tail.length))
    const body = fixture('ipwhois.json').replace(/"ip": "[^"]*"/, `"ip": "${ip}"`)
    return { kind: 'body', body, contentType: 'application/json' }
  }
  return { kind: 'body', status: 404, body: 'not found' }
}
