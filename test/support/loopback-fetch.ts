import { Agent, fetch as undiciFetch } from 'undici'
import type { FetchFn } from '../../src/shared/net/fetch-text'

const dispatcher = new Agent({ connections: 16 })
const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** A real HTTP fetch that refuses any host but loopback, so no test can reach the internet. */
export const loopbackFetch: FetchFn = (url, init) => {
  const host = new URL(url).hostname
  if (!loopbackHosts.has(host)) return Promise.reject(new Error(`test tried to reach ${host}`))
  return undiciFetch(url, { ...(init as object), dispatcher }) as unknown as Promise<Response>
}
