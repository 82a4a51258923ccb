import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dir = fileURLToPath(new URL('../fixtures/providers', import.meta.url))

/** A provider sample body from test/fixtures/providers (copied from the shared samples). */
export function fixture(name: string): string {
  return readFileSync(path.join(dir, name), 'utf8')
}

/** A Cloudflare trace in the real format, with the exit IP and country swapped in. */
export function traceBody(ip: string, loc: string, host = 'chatgpt.com'): string {
  return fixture('chatgpt-trace.txt')
    .replace(/^h=.*$/m, `h=${host}`)
    .replace(/^ip=.*$/m, `ip=${ip}`)
    .replace(/^loc=.*$/m, `loc=${loc}`)
}
