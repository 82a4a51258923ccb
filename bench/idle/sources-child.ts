// Child process of the idle bench: one loopback sources server per watched process (so each one's
// requests are counted apart), in a process of its own so its work is never counted as the
// bench's. Sends `{ ports }` once listening; answers `'served'` with the requests each server saw and the checks among them (each check
// asks the merchant edge, `chatgpt`, once).
import type { FakeServer } from '../../test/support/fake-server'
import { defaultSources } from '../../src/shared/net/sources'
import { startIdleSources } from './idle-sources'
import { fromLoopbackPath } from './loopback-fetch'

// Every check, probe or full, asks the merchant's first edge once.
const merchantEdge = defaultSources.find((s) => s.name === 'chatgpt')?.url

const servers: FakeServer[] = []
process.once('message', async (message: { servers: number }) => {
  for (let i = 0; i < message.servers; i++) servers.push(await startIdleSources())
  process.send?.({ ports: servers.map((s) => Number(new URL(s.origin).port)) })
  process.on('message', (next: unknown) => {
    if (next !== 'served') return
    const served = servers.map((s) => ({
      requests: s.requests.length,
      checks: s.requests.filter((p) => fromLoopbackPath(p).url === merchantEdge).length,
    }))
    process.send?.({ served })
  })
})
process.once('disconnect', () => {
  void Promise.all(servers.map((s) => s.close())).then(() => process.exit(0))
})
