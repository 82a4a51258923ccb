import type { Session } from 'electron'
import type { Timers } from '../../shared/monitor/monitor'
import { realTimers } from '../../shared/monitor/timers'
import type { FetchFn } from '../../shared/net/fetch-text'
import { denyAllPermissions } from '../shell/web-guards'
import { onBodySettled } from './body-settled'

/** The checks' own in-memory session: no cache, no cookies, nothing shared with the window. */
export const CHECKS_PARTITION = 'paylight-checks'
/**
 * The checks' user agent, sent with no Accept-Language: the answers need neither, and Electron's
 * default (a long browser string, the app's languages) costs bytes on every request.
 */
export const CHECKS_USER_AGENT = 'PayLight'
/** How long a proxy (PAC/WPAD) look-up may take before its evidence counts as unknown. */
export const PROXY_LOOKUP_TIMEOUT_MS = 3000

/** The parts of a Session the checks use. */
export type ChecksSession = Pick<
  Session,
  | 'fetch'
  | 'closeAllConnections'
  | 'resolveProxy'
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setUserAgent'
>

/**
 * A fetch that opens fresh connections for every batch of requests (a check, a probe tick): a local
 * proxy client that switches its upstream node keeps the tunnels it already has on the old node,
 * so a pooled connection would report the old exit. Pooled sockets are closed whenever a request
 * starts with none in flight — never under a request still being answered (closing fails those).
 * A request is in flight until its body is read, not when `fetch` resolves: that happens at the
 * headers, with the body still streaming. TLS session resumption (which Chromium does across
 * connections by itself) keeps the new handshakes cheap. No cookies and no HTTP cache.
 */
export function freshConnectionFetch(
  ses: Pick<Session, 'fetch' | 'closeAllConnections'>,
  timers: Timers = realTimers,
): FetchFn {
  let inFlight = 0
  let closing: Promise<void> | null = null
  return async (url, init) => {
    if (inFlight === 0 && closing === null) {
      closing = ses
        .closeAllConnections()
        .catch(() => undefined)
        .finally(() => (closing = null))
    }
    inFlight += 1
    let released = false
    const release = () => {
      if (released) return
      released = true
      inFlight -= 1
    }
    try {
      if (closing) await closing
      const response = await ses.fetch(url, { ...init, credentials: 'omit', cache: 'no-store' })
      return onBodySettled(response, release, timers)
    } catch (error) {
      release()
      throw error
    }
  }
}

/** A proxy look-up that gives up after `ms`: a stalled PAC/WPAD script must not hold a check. */
export function boundedResolveProxy(
  resolve: (url: string) => Promise<string>,
  timers: Timers,
  ms: number = PROXY_LOOKUP_TIMEOUT_MS,
): (url: string) => Promise<string> {
  return (url) =>
    new Promise<string>((done, fail) => {
      const timer = timers.setTimeout(() => fail(new Error('proxy look-up timed out')), ms)
      resolve(url).then(
        (rule) => {
          timers.clearTimeout(timer)
          done(rule)
        },
        (error: unknown) => {
          timers.clearTimeout(timer)
          fail(error instanceof Error ? error : new Error(String(error)))
        },
      )
    })
}

/**
 * The network side of the checks, on their own session: created after `ready` (sessions do not
 * exist before), permissions all denied, a short user agent and no Accept-Language, fresh
 * connections per batch, bounded proxy look-ups.
 */
export function setupChecksSession(deps: {
  readonly fromPartition: (partition: string, options: { cache: boolean }) => ChecksSession
  readonly timers: Timers
}): { readonly fetch: FetchFn; readonly resolveProxy: (url: string) => Promise<string> } {
  const ses = deps.fromPartition(CHECKS_PARTITION, { cache: false })
  denyAllPermissions(ses)
  ses.setUserAgent(CHECKS_USER_AGENT, '')
  return {
    fetch: freshConnectionFetch(ses, deps.timers),
    resolveProxy: boundedResolveProxy((url) => ses.resolveProxy(url), deps.timers),
  }
}
