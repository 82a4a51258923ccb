// A fetch through Chromium's own network stack: Debian's headless Chromium, driven over the
// DevTools protocol, loads each URL from the browser side (Network.loadNetworkResource), the way
// Electron's `session.fetch` asks the network service, not the way a page's fetch() does (a page
// adds client hints, Origin, Accept and CORS).
import { createHash, createPublicKey } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type CDPSession } from 'playwright-core'
import { CHECKS_USER_AGENT } from '../../src/main/setup/setup-net-session'
import type { FetchFn } from '../../src/shared/net/fetch-text'
import { chromiumArgs, chromiumPath } from '../../test/support/browser'

/** The checks session's network settings (setup-net-session.ts), as Chromium switches. */
export const checksSessionSwitches = [`--user-agent=${CHECKS_USER_AGENT}`, '--accept-lang=']

/** SHA-256 of a certificate's public key, base64: what Chromium's SPKI allow-list takes. */
function spkiHash(certPem: string): string {
  const der = createPublicKey(certPem).export({ type: 'spki', format: 'der' })
  return createHash('sha256').update(der).digest('base64')
}

/** A Chromium whose `fetch` goes through its network stack; `close()` ends it and its profile. */
export interface ChromiumFetch {
  readonly fetch: FetchFn
  close(): Promise<void>
}

/**
 * Starts Chromium with a fresh profile that trusts `leafCert` (as a public chain is trusted) and
 * the given switches, and a page on a local plain-HTTP origin: the site the browser keys its TLS
 * sessions and connections to, as Electron keys its own requests to none. `route` maps a real URL
 * to the stand-in that answers it.
 */
export async function startChromiumFetch(
  leafCert: string,
  switches: readonly string[],
  route: (url: string) => string,
): Promise<ChromiumFetch> {
  const home = createServer((_req, res) => res.end('<!doctype html><title>checks</title>'))
  await new Promise<void>((resolve) => home.listen(0, '127.0.0.1', resolve))
  const profile = mkdtempSync(path.join(tmpdir(), 'paylight-bench-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: [
      ...chromiumArgs,
      `--ignore-certificate-errors-spki-list=${spkiHash(leafCert)}`,
      ...switches,
    ],
  })
  const close = async () => {
    await context.close()
    await new Promise((resolve) => home.close(resolve))
    rmSync(profile, { recursive: true, force: true })
  }
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(`http://127.0.0.1:${(home.address() as AddressInfo).port}/`)
    const cdp: CDPSession = await context.newCDPSession(page)
    const frameId = (await cdp.send('Page.getFrameTree')).frameTree.frame.id
    const read = async (handle: string): Promise<Buffer> => {
      const parts: Buffer[] = []
      for (;;) {
        const chunk = await cdp.send('IO.read', { handle })
        parts.push(Buffer.from(chunk.data, chunk.base64Encoded ? 'base64' : 'utf8'))
        if (chunk.eof) break
      }
      await cdp.send('IO.close', { handle })
      return Buffer.concat(parts)
    }
    const fetch: FetchFn = async (url) => {
      const { resource } = await cdp.send('Network.loadNetworkResource', {
        frameId,
        url: route(url),
        // No cookies, as the checks' `credentials: 'omit'`; the answers are marked no-cache.
        options: { disableCache: false, includeCredentials: false },
      })
      if (!resource.success) throw new TypeError(resource.netErrorName ?? 'net::ERR_FAILED')
      const body = resource.stream ? await read(resource.stream) : Buffer.alloc(0)
      const status = resource.httpStatusCode ?? 200
      // A status that has no body (204, 304) takes none in a Response.
      return new Response([101, 204, 205, 304].includes(status) ? null : new Uint8Array(body), {
        status,
        headers: (resource.headers ?? {}) as Record<string, string>,
      })
    }
    return { fetch, close }
  } catch (error) {
    await close()
    throw error
  }
}
