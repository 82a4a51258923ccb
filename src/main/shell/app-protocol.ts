import path from 'node:path'
import { readFile } from 'node:fs/promises'

/** The privileged scheme the built renderer is served from, instead of file://. */
export const APP_SCHEME = 'app'
/** Origin of the renderer in the built app; IPC senders must come from here. */
export const APP_ORIGIN = `${APP_SCHEME}://paylight`

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

/**
 * Maps a request URL to a file inside the renderer folder, or null: other hosts, traversal
 * (`..`, encoded or not) and anything outside the root are refused.
 */
export function resolveAppAsset(
  rootDir: string,
  requestUrl: string,
  expectedHost = 'paylight',
): string | null {
  if (!URL.canParse(requestUrl)) return null
  const url = new URL(requestUrl)
  if (url.host !== expectedHost) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0')) return null
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '')
  const root = path.resolve(rootDir)
  const file = path.resolve(root, relative)
  if (file !== root && !file.startsWith(root + path.sep)) return null
  return file
}

/**
 * Headers every renderer response carries: an exact type, no MIME sniffing, and how long it may be
 * cached. The CSP travels in index.html's meta tag, where the build writes every script's hash.
 */
export function assetHeaders(file: string): Record<string, string> {
  return {
    'content-type': mimeTypes[path.extname(file)] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    // Bundle files carry their content hash in the name: cached for good (and with them V8's
    // compiled code); the page itself is checked every time.
    'cache-control': isHashedAsset(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
  }
}

// What the build writes: assets/<name>-<8 character hash>.<ext>.
function isHashedAsset(file: string): boolean {
  return (
    path.basename(path.dirname(file)) === 'assets' && /-[\w-]{8}\.\w+$/.test(path.basename(file))
  )
}

/** The protocol handler body: a Response for a request, 404 for anything refused or missing. */
export function createAppRequestHandler(rootDir: string, expectedHost = 'paylight') {
  return async (request: { url: string }): Promise<Response> => {
    const file = resolveAppAsset(rootDir, request.url, expectedHost)
    if (!file) return new Response('Not found', { status: 404 })
    try {
      const body = await readFile(file)
      return new Response(body, { status: 200, headers: assetHeaders(file) })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  }
}
