import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { createAppRequestHandler } from '../../src/main/shell/app-protocol'

/**
 * Serves the built renderer on 127.0.0.1 with the same request handler (and so the same CSP
 * headers and path checks) as the app:// protocol in Electron.
 */
export async function startRendererServer(rendererDir = path.resolve('out/renderer')) {
  let handler: ReturnType<typeof createAppRequestHandler> | null = null
  const server = createServer((req, res) => {
    void handler?.({ url: `http://${req.headers.host}${req.url ?? '/'}` }).then(
      async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers))
        res.end(Buffer.from(await response.arrayBuffer()))
      },
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  handler = createAppRequestHandler(rendererDir, `127.0.0.1:${port}`)
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
