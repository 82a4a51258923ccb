// The idle bench's loopback sources: one HTTP server on 127.0.0.1 answering every path made by
// `loopbackPath` (loopback-fetch.ts) as the real service would in that path's epoch.
import { startFakeServer, type FakeServer } from '../../test/support/fake-server'
import { answerFor } from '../loopback-world'
import { fromLoopbackPath } from './loopback-fetch'

/** The loopback server. */
export function startIdleSources(): Promise<FakeServer> {
  return startFakeServer({
    '/': (path) => {
      const { url, epoch } = fromLoopbackPath(path)
      return answerFor(url, epoch)
    },
  })
}
