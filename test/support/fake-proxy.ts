import { createServer } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'

/** A CONNECT proxy on 127.0.0.1 that tunnels only to loopback and records every tunnel it opened. */
export async function startFakeProxy(): Promise<{
  origin: string
  tunnels: string[]
  close(): Promise<void>
}> {
  const tunnels: string[] = []
  const sockets = new Set<Socket>()
  const server = createServer((_req, res) => {
    res.writeHead(405)
    res.end()
  })
  server.on('connect', (req, client: Socket, head: Buffer) => {
    const target = req.url ?? ''
    const [host, port] = target.split(':')
    if (host !== '127.0.0.1' || !port) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n')
      return
    }
    tunnels.push(target)
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    for (const s of [client, upstream]) {
      sockets.add(s)
      s.on('error', () => undefined)
      s.on('close', () => sockets.delete(s))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    tunnels,
    close: async () => {
      for (const s of sockets) s.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
