import { existsSync } from 'node:fs'

/** Debian's Chromium; the e2e tests drive it with playwright-core (no browser download). */
export const chromiumPath = process.env['PAYLIGHT_CHROMIUM'] ?? '/usr/bin/chromium'

/** Whether the e2e tests can run here. With CI=true a missing browser is a failure, never a skip. */
export function browserAvailability(): { run: true } | { run: false; reason: string } {
  if (existsSync(chromiumPath)) return { run: true }
  const reason = `Chromium not found at ${chromiumPath} (install it: apt-get install -y chromium)`
  if (process.env['CI'] === 'true') throw new Error(`CI=true but ${reason}`)
  process.stderr.write(`\n[e2e] SKIPPED: ${reason}\n`)
  return { run: false, reason }
}

/** Flags for a headless Chromium on a machine with no outside network. */
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]
