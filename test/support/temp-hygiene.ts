import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

// tsx's IPC socket folder (`tsx-<uid>`): made by the tool for each CLI run, not by a test.
const toolRuntime = /^tsx-\d+$/

/**
 * Vitest global setup: every test run gets a fresh temp folder (TMPDIR, and TEMP/TMP for Windows),
 * inherited by the test workers and the processes they start. At teardown the folder must be
 * empty: anything a test left behind (a profile export, a temp file) fails the run, loudly, and
 * is then removed, so the system temp folder never fills up with test debris.
 */
export default function setup(): () => void {
  const keys = ['TMPDIR', 'TEMP', 'TMP', 'TSX_DISABLE_CACHE', 'JITI_FS_CACHE'] as const
  const previous = Object.fromEntries(keys.map((key) => [key, process.env[key]]))
  const runDir = mkdtempSync(path.join(tmpdir(), 'paylight-test-run-'))
  process.env.TMPDIR = runDir
  process.env.TEMP = runDir
  process.env.TMP = runDir
  // Tools the tests start (tsx for the CLI, jiti for ESLint's TypeScript config) keep caches in the
  // temp folder; with them off, whatever remains at the end was left by a test.
  process.env.TSX_DISABLE_CACHE = '1'
  process.env.JITI_FS_CACHE = 'false'
  return () => {
    const left = readdirSync(runDir).filter((name) => !toolRuntime.test(name))
    rmSync(runDir, { recursive: true, force: true })
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) Reflect.deleteProperty(process.env, key)
      else process.env[key] = value
    }
    if (left.length === 0) return
    // Vitest reports a teardown error but would still exit 0: the exit code makes the run fail.
    process.exitCode = 1
    throw new Error(
      `tests left ${left.length} item(s) in the temp folder (now removed): ${left.sort().join(', ')}`,
    )
  }
}
