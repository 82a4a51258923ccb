import { EnvHttpProxyAgent, fetch as undiciFetch } from 'undici'
import type { FetchFn } from '../shared/net/fetch-text'

/** The proxy the environment names for https URLs, if any. */
export function envProxy(env: NodeJS.ProcessEnv): string | null {
  return env['HTTPS_PROXY'] ?? env['https_proxy'] ?? env['HTTP_PROXY'] ?? env['http_proxy'] ?? null
}

/** Node's fetch through undici, honouring HTTPS_PROXY / HTTP_PROXY / NO_PROXY like curl does. */
export function createNodeFetch(): FetchFn {
  const dispatcher = new EnvHttpProxyAgent()
  return (url, init) =>
    undiciFetch(url, { ...(init as object), dispatcher }) as unknown as Promise<Response>
}

/** The CLI's equivalent of Electron's resolveProxy: what the environment says, in PAC syntax. */
export function envResolveProxy(env: NodeJS.ProcessEnv): (url: string) => Promise<string> {
  const proxy = envProxy(env)
  return async () => {
    if (!proxy || !URL.canParse(proxy)) return 'DIRECT'
    return `PROXY ${new URL(proxy).host}`
  }
}
