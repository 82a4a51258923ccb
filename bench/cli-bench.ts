import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { defaultGeoProviders } from '../src/shared/geo/geo-providers'
import { defaultSources } from '../src/shared/net/sources'
import { figure, info, type Figure } from './figures'
import { startIdleSourcesChild } from './idle/idle-processes'
import { loopbackPath } from './idle/loopback-fetch'
import { median, progress } from './measure'

const RUNS = 9

// No proxy from the machine's environment: the real check asks the local sources directly.
const noProxy = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/proxy/i.test(k)))

function wallMs(command: string, args: readonly string[], expect?: string): number {
  const start = performance.now()
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    shell: process.platform === 'win32',
    env: noProxy,
  })
  const ms = performance.now() - start
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}`)
  if (expect && !result.stdout.includes(expect)) throw new Error(`${command}: no "${expect}"`)
  return ms
}

/**
 * A `--sources` file pointing every default source and the geolocation services at the local
 * sources on `port` (bench/idle/idle-sources.ts), which answer as the real services would.
 */
function localSourcesFile(dir: string, port: number): string {
  const local = (url: string) => `http://127.0.0.1:${port}${loopbackPath(url, 0)}`
  const geo = defaultGeoProviders.map((p) => {
    const [head = '', tail = ''] = p.url.split('{ip}')
    return { ...p, url: `${local(head)}{ip}${encodeURIComponent(tail)}` }
  })
  const file = path.join(dir, 'sources.json')
  const sources = defaultSources.map((s) => ({ ...s, url: local(s.url) }))
  writeFileSync(file, JSON.stringify({ sources, geo }))
  return file
}

/**
 * How fast the CLI answers, as a multiple of `node -e 0` on the same machine (each the median of
 * 9, run alternately so all see the same load): `npm run check -- --help`, the bundle's `--help`,
 * and the bundle making a real check of local sources (all seven, and the cross-check) with the
 * report printed. Builds the CLI bundle first, so the figures are about the current code.
 */
export async function benchCliStart(): Promise<Figure[]> {
  // The build's own output goes to stderr: stdout carries the figures only (`--json`).
  execFileSync(process.execPath, ['--import', 'tsx', 'build/build-cli.ts'], {
    stdio: ['ignore', 2, 2],
  })
  const dir = mkdtempSync(path.join(tmpdir(), 'paylight-bench-cli-'))
  const sources = await startIdleSourcesChild(1)
  const node: number[] = []
  const check: number[] = []
  const bundle: number[] = []
  const real: number[] = []
  try {
    const file = localSourcesFile(dir, sources.ports[0] ?? 0)
    const checkArgs = ['out/cli/paylight-check.mjs', '--sources', file, '--lang', 'en']
    for (let i = 0; i < RUNS; i++) {
      node.push(wallMs(process.execPath, ['-e', '0']))
      check.push(wallMs('npm', ['run', '--silent', 'check', '--', '--help'], 'Usage:'))
      bundle.push(wallMs(process.execPath, ['out/cli/paylight-check.mjs', '--help'], 'Usage:'))
      real.push(wallMs(process.execPath, checkArgs, '104.28.0.17'))
    }
  } finally {
    await sources.stop()
    rmSync(dir, { recursive: true, force: true })
  }
  const base = median(node)
  progress(
    `    node -e 0 ${base.toFixed(0)} ms; paylight-check --help ${median(bundle).toFixed(0)} ms; ` +
      `a real check of the local sources ${median(real).toFixed(0)} ms (cross-check on)`,
  )
  return [
    figure(
      '`paylight-check` with a real check (7 local sources + cross-check) ÷ `node -e 0` (wall)',
      median(real) / base,
      '×',
      { max: 4 },
    ),
    info('`paylight-check` with a real check of local sources (wall)', median(real), 'ms'),
    figure('`npm run check -- --help` ÷ `node -e 0` (wall)', median(check) / base, '×', {
      max: 6,
    }),
    figure('`paylight-check --help` ÷ `node -e 0` (wall)', median(bundle) / base, '×', {
      max: 2,
    }),
  ]
}
