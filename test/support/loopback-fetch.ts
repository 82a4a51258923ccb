import { Agent, fetch as undiciFetch } from 'undici'
import type { FetchFn } from '../../src/shared/net/fetch-text'
import { UNREACHABLE_HEADER } from './fake-server'

const dispatcher = new Agent({ connections: 16 })
const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * A real HTTP fetch that refuses any host but loopback, so no test can reach the internet. A fake
 * route marked unreachable fails as undici does when there is no route (`fetch failed`, ENETUNREACH).
 */
export const loopbackFetch: FetchFn = async (url, init) => {
  const host = new URL(url).hostname
  if (!loopbackHosts.has(host)) throw new Error(`test tried to reach ${host}`)
  const response = (await undiciFetch(url, {
    ...(init as object),
    dispatcher,
  })) as unknown as Response
  const code = response.headers.get(UNREACHABLE_HEADER)
  if (code === null) return response
  await response.body?.cancel()
  const cause = Object.assign(new Error(`connect ${code} ${host}`), { code })
  throw new TypeError('fetch failed', { cause })
}
