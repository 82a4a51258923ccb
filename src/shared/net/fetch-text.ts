/** The fetch the core depends on: Electron's net.fetch in the app, undici in the CLI, a fake in tests. */
export type FetchFn = (url: string, init?: RequestInit) => Promise<Response>

/**
 * Why a request produced no usable body. Codes, not prose, so the UI can translate them.
 * `unreachable`: no connection could be tried at all (no route, address unreachable, the name has
 * no address); `broken`: the answer had begun and then broke off, stalled or did not decode;
 * `network`: any other failure of the connection (refused, reset, TLS) — it may have been made.
 */
export type FetchFailureCode =
  | 'timeout'
  | 'unreachable'
  | 'network'
  | 'broken'
  | 'rate-limited'
  | 'http-error'
  | 'too-large'
  | 'redirect'

/** A request's result: the body text, or the reason it failed. */
export type FetchOutcome =
  | {
      readonly ok: true
      readonly status: number
      readonly body: string
      readonly elapsedMs: number
    }
  | {
      readonly ok: false
      readonly code: FetchFailureCode
      readonly detail: string
      readonly status?: number
      /** A 429's `Retry-After` header as sent (seconds or an HTTP date), for the caller to honour. */
      readonly retryAfter?: string
      readonly elapsedMs: number
    }

/** Limits every outside request gets, so a slow or hostile server cannot hold or flood us. */
export interface FetchLimits {
  readonly timeoutMs: number
  readonly maxBytes: number
  readonly headers?: Readonly<Record<string, string>>
  readonly now?: () => number
}

class BodyTooLarge extends Error {}

// The errors (Node's, undici's and Chromium's) that say no connection could be tried: no route to
// the network or host, no address of that family, a name that has no address.
const unreachableErrors =
  /\b(?:ENETUNREACH|EHOSTUNREACH|ENETDOWN|EHOSTDOWN|EADDRNOTAVAIL|EAFNOSUPPORT|ENOTFOUND|EAI_NONAME|EAI_NODATA|EAI_ADDRFAMILY|ERR_NAME_NOT_RESOLVED|ERR_NAME_RESOLUTION_FAILED|ERR_ADDRESS_UNREACHABLE|ERR_ADDRESS_INVALID|ERR_INTERNET_DISCONNECTED)\b/

/** An error and its causes, as one line of text (codes and messages), to classify and to show. */
function errorChain(error: unknown): string {
  const parts: string[] = []
  let current: unknown = error
  for (let depth = 0; depth < 4 && current !== null && current !== undefined; depth += 1) {
    if (current instanceof Error) {
      const code = 'code' in current ? String((current as { code: unknown }).code) : ''
      parts.push(current.message, code)
      current = current.cause
    } else {
      parts.push(String(current))
      current = null
    }
  }
  return parts.filter((part) => part !== '').join(': ')
}

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const reader = response.body?.getReader()
  if (!reader) return ''
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw new BodyTooLarge(`body exceeds ${maxBytes} bytes`)
    }
    chunks.push(value)
  }
  const joined = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    joined.set(chunk, offset)
    offset += chunk.byteLength
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(joined)
}

/**
 * GET a small text body with a hard time-out (headers and body) and a byte cap. Never throws:
 * every failure becomes a coded outcome that the observation keeps as evidence.
 */
export async function fetchText(
  fetchFn: FetchFn,
  url: string,
  limits: FetchLimits,
): Promise<FetchOutcome> {
  const now = limits.now ?? Date.now
  const started = now()
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, limits.timeoutMs)
  const elapsed = () => Math.max(0, now() - started)
  let answered = false
  try {
    // Lean on purpose: the answers are the same without accept, pragma or cache-control headers.
    // `no-store` keeps any HTTP cache out of the way (the providers also answer `no-cache`).
    const response = await fetchFn(url, {
      method: 'GET',
      headers: { ...limits.headers },
      signal: controller.signal,
      // A redirect is never followed (it would send the request somewhere unvetted) and gets its
      // own failure code. Where fetch hides the redirect's status, the response is 'opaqueredirect'.
      redirect: 'manual',
      cache: 'no-store',
    })
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status <= 399)) {
      await response.body?.cancel().catch(() => undefined)
      const to = response.headers.get('location')?.slice(0, 120)
      const detail = `HTTP ${response.status} redirect${to ? ` to ${to}` : ''}`
      return { ok: false, code: 'redirect', detail, status: response.status, elapsedMs: elapsed() }
    }
    if (response.status === 429) {
      await response.body?.cancel().catch(() => undefined)
      const retryAfter = response.headers.get('retry-after')?.slice(0, 60)
      return {
        ok: false,
        code: 'rate-limited',
        detail: 'HTTP 429',
        status: 429,
        ...(retryAfter ? { retryAfter } : {}),
        elapsedMs: elapsed(),
      }
    }
    if (response.status < 200 || response.status > 299) {
      await response.body?.cancel().catch(() => undefined)
      const detail = `HTTP ${response.status}`
      return {
        ok: false,
        code: 'http-error',
        detail,
        status: response.status,
        elapsedMs: elapsed(),
      }
    }
    answered = true
    const body = await readCapped(response, limits.maxBytes)
    return { ok: true, status: response.status, body, elapsedMs: elapsed() }
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      return { ok: false, code: 'too-large', detail: error.message, elapsedMs: elapsed() }
    }
    const chain = errorChain(error)
    // The answer had begun: the connection was made, whatever broke it off afterwards.
    if (answered) {
      const why = timedOut ? `answer stalled past ${limits.timeoutMs} ms` : chain
      return { ok: false, code: 'broken', detail: why.slice(0, 200), elapsedMs: elapsed() }
    }
    if (timedOut) {
      return {
        ok: false,
        code: 'timeout',
        detail: `no answer in ${limits.timeoutMs} ms`,
        elapsedMs: elapsed(),
      }
    }
    const code = unreachableErrors.test(chain) ? 'unreachable' : 'network'
    return { ok: false, code, detail: chain.slice(0, 200), elapsedMs: elapsed() }
  } finally {
    clearTimeout(timer)
  }
}
