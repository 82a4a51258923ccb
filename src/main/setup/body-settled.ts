import type { Timers } from '../../shared/monitor/timers'

/** How long an answer whose body nobody reads may hold the next batch's fresh connections back. */
export const UNREAD_BODY_HOLD_MS = 30_000

/**
 * The same answer, with `settled` called once its body is read to the end, fails, or is cancelled —
 * or after `holdMs` if nobody reads it. `fetch` resolves at the headers while the body is still
 * streaming over the connection, so the request is in flight until then.
 */
export function onBodySettled(
  response: Response,
  settled: () => void,
  timers: Timers,
  holdMs: number = UNREAD_BODY_HOLD_MS,
): Response {
  let open = true
  const finish = () => {
    if (!open) return
    open = false
    timers.clearTimeout(timer)
    settled()
  }
  const timer = timers.setTimeout(finish, holdMs)
  if (!response.body) {
    finish()
    return response
  }
  const reader = response.body.getReader()
  const body = new ReadableStream<Uint8Array>({
    pull: async (controller) => {
      try {
        const chunk = await reader.read()
        if (chunk.done) {
          finish()
          controller.close()
        } else controller.enqueue(chunk.value)
      } catch (error) {
        finish()
        controller.error(error)
      }
    },
    cancel: (reason) => {
      finish()
      return reader.cancel(reason)
    },
  })
  const tracked = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  })
  // What the checks read besides the body: a new Response would report its own defaults.
  for (const key of ['url', 'type', 'redirected'] as const)
    Object.defineProperty(tracked, key, { value: response[key] })
  return tracked
}
