// How a Chromium session's fetch looks from the main process, for the fake Electron: the promise
// resolves once the headers are in, the body keeps streaming after that, and the request is "in
// flight" (so `closeAllConnections` fails it) until its body is read to the end or cancelled.

/**
 * Runs `start` (the test's answer) as one request registered in `inFlight`. Returns the response
 * at its headers with a body that streams from the answer's; `request.fail(error)` rejects a
 * request still waiting for its headers or errors its body mid-stream, as a closed connection does.
 */
export function trackedResponse(inFlight, start) {
  return new Promise((resolve, reject) => {
    let reader = null
    let controller = null
    let settled = false
    const request = {
      fail: (error) => {
        inFlight.delete(request)
        if (!settled) {
          settled = true
          reject(error)
          return
        }
        controller?.error(error)
        void reader?.cancel(error).catch(() => undefined)
      },
    }
    inFlight.add(request)
    const done = () => inFlight.delete(request)
    start().then(
      (answer) => {
        if (settled) return void answer.body?.cancel().catch(() => undefined)
        settled = true
        if (!answer.body) {
          done()
          return resolve(answer)
        }
        reader = answer.body.getReader()
        const body = new ReadableStream({
          start: (c) => void (controller = c),
          pull: async (c) => {
            try {
              const chunk = await reader.read()
              if (!inFlight.has(request)) return
              if (chunk.done) {
                done()
                c.close()
              } else c.enqueue(chunk.value)
            } catch (error) {
              if (inFlight.has(request)) c.error(error)
              done()
            }
          },
          cancel: (reason) => {
            done()
            return reader.cancel(reason)
          },
        })
        const response = new Response(body, {
          status: answer.status,
          statusText: answer.statusText,
          headers: answer.headers,
        })
        Object.defineProperty(response, 'url', { value: answer.url })
        resolve(response)
      },
      (error) => {
        done()
        if (settled) return
        settled = true
        reject(error)
      },
    )
  })
}
