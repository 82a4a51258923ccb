import { connect as tcpConnect, type Socket } from 'node:net'
import { connect as tlsConnect } from 'node:tls'

/** The proxy the environment names for https URLs, if any. */
export function envProxy(env: NodeJS.ProcessEnv): string | null {
  return env['HTTPS_PROXY'] ?? env['https_proxy'] ?? env['HTTP_PROXY'] ?? env['http_proxy'] ?? null
}

const defaultPort = (url: URL): number => Number(url.port || (url.protocol === 'https:' ? 443 : 80))

// NO_PROXY as curl and undici read it: `*`, or hosts (optionally `.`/`*.`-prefixed, with a port)
// that match the host itself or any name under it.
function bypassed(target: URL, env: NodeJS.ProcessEnv): boolean {
  const list = env['NO_PROXY'] ?? env['no_proxy'] ?? ''
  const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return list
    .split(/[,\s]+/)
    .filter(Boolean)
    .some((entry) => {
      if (entry === '*') return true
      const [, name = '', port] = /^(.*?)(?::(\d+))?$/.exec(entry.toLowerCase()) ?? []
      const bare = name.replace(/^\*?\./, '').replace(/^\[|\]$/g, '')
      if (port && Number(port) !== defaultPort(target)) return false
      return host === bare || host.endsWith(`.${bare}`)
    })
}

/** The proxy a request to `target` goes through (HTTPS_PROXY / HTTP_PROXY / NO_PROXY), or null. */
export function proxyFor(target: URL, env: NodeJS.ProcessEnv): URL | null {
  const http = env['HTTP_PROXY'] ?? env['http_proxy'] ?? null
  const raw = target.protocol === 'https:' ? envProxy(env) : http
  if (!raw || bypassed(target, env)) return null
  // `host:port` without a scheme means an HTTP proxy, as curl reads it.
  const spelled = raw.includes('://') ? raw : `http://${raw}`
  const proxy = URL.canParse(spelled) ? new URL(spelled) : null
  return proxy && (proxy.protocol === 'http:' || proxy.protocol === 'https:') ? proxy : null
}

const MAX_CONNECT_HEADER = 16 * 1024

/**
 * A tunnel to `target` through an HTTP CONNECT proxy: resolves with the socket once the proxy
 * answered 2xx; anything else, a closed socket or an abort rejects (and closes the socket).
 */
export function openTunnel(proxy: URL, target: URL, signal?: AbortSignal | null): Promise<Socket> {
  const authority = `${target.hostname}:${defaultPort(target)}`
  const auth = proxy.username
    ? `Proxy-Authorization: Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}\r\n`
    : ''
  const port = defaultPort(proxy)
  const host = proxy.hostname.replace(/^\[|\]$/g, '')
  const socket: Socket =
    proxy.protocol === 'https:'
      ? tlsConnect({ host, port, servername: host })
      : tcpConnect(port, host)
  return new Promise((resolve, reject) => {
    let head = Buffer.alloc(0)
    const fail = (error: Error) => {
      cleanup()
      socket.destroy()
      reject(error)
    }
    const onAbort = () => fail(new Error('aborted', { cause: signal?.reason }))
    const onClose = () => fail(new Error('proxy closed the connection during CONNECT'))
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk])
      const end = head.indexOf('\r\n\r\n')
      if (end < 0) {
        if (head.length > MAX_CONNECT_HEADER) fail(new Error('proxy CONNECT answer too long'))
        return
      }
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(head.subarray(0, end).toString('latin1'))?.[1]
      if (!status?.startsWith('2'))
        return fail(new Error(`proxy CONNECT answered ${status ?? '?'}`))
      cleanup()
      socket.pause()
      if (end + 4 < head.length) socket.unshift(head.subarray(end + 4))
      resolve(socket)
    }
    const cleanup = () => {
      socket.off('data', onData).off('error', fail).off('close', onClose)
      signal?.removeEventListener('abort', onAbort)
    }
    if (signal?.aborted) return onAbort()
    signal?.addEventListener('abort', onAbort, { once: true })
    socket.on('data', onData).on('error', fail).on('close', onClose)
    socket.write(`CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n${auth}\r\n`)
  })
}
