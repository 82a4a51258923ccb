// `npm run dist`: electron-builder with electron-builder.json and what dist-config.ts adds for this
// machine (see there). Runs the locked electron-builder 26 from node_modules; extra arguments pass
// through (`npm run dist -- --publish always` in the release workflow).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { distConfig, type PackageMeta } from './dist-config'

const base = JSON.parse(readFileSync('electron-builder.json', 'utf8')) as Parameters<
  typeof distConfig
>[0]
const meta = JSON.parse(readFileSync('package.json', 'utf8')) as PackageMeta
const { config, notes } = distConfig(base, meta, process.env, process.platform)
for (const note of notes) process.stderr.write(`[dist] ${note}\n`)

const dir = mkdtempSync(path.join(tmpdir(), 'paylight-dist-'))
const configFile = path.join(dir, 'electron-builder.json')
writeFileSync(configFile, JSON.stringify(config, null, 2))
const bin = path.join(
  'node_modules',
  '.bin',
  process.platform === 'win32' ? 'electron-builder.cmd' : 'electron-builder',
)
const run = spawnSync(bin, ['--config', configFile, ...process.argv.slice(2)], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
})
rmSync(dir, { recursive: true, force: true })
process.exit(run.status ?? 1)
