import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The Electron binary that `npm ci` would have downloaded, found without running
 * `require('electron')` (which tries to download it when it is missing). Null with the reason when
 * it is not there; with PAYLIGHT_ELECTRON_REQUIRED=true (the CI smoke jobs) that is a failure.
 */
export function electronBinary(): { path: string } | { path: null; reason: string } {
  const pkg = path.resolve('node_modules', 'electron')
  const pathFile = path.join(pkg, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH']
  const binary = relative ? path.join(override ?? path.join(pkg, 'dist'), relative) : null
  if (binary && existsSync(binary)) return { path: binary }
  const reason = `no Electron binary in node_modules/electron (run \`npx install-electron\` where the internet is reachable)`
  if (process.env['PAYLIGHT_ELECTRON_REQUIRED'] === 'true')
    throw new Error(`PAYLIGHT_ELECTRON_REQUIRED=true but ${reason}`)
  process.stderr.write(`\n[electron] SKIPPED: ${reason}\n`)
  return { path: null, reason }
}
