import { existsSync } from 'node:fs'
import { describe } from 'vitest'

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

/**
 * A describe for tests that drive Chromium: run where the browser is, reported as skipped with the
 * reason where it is not (and a failure with CI=true, see {@link browserAvailability}).
 */
export function browserSuite(title: string, body: () => void): void {
  const availability = browserAvailability()
  if (availability.run) describe(title, body)
  else describe.skip(`e2e skipped: ${availability.reason}`, body)
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
