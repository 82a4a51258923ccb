import { execFileSync, spawnSync } from 'node:child_process'
import { figure, type Figure } from './figures'
import { median } from './measure'

const RUNS = 9

function wallMs(command: string, args: readonly string[], expect?: string): number {
  const start = performance.now()
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    shell: process.platform === 'win32',
  })
  const ms = performance.now() - start
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}`)
  if (expect && !result.stdout.includes(expect)) throw new Error(`${command}: no "${expect}"`)
  return ms
}

/**
 * How fast `npm run check -- --help` answers, as a multiple of `node -e 0` on the same machine
 * (both median of 9, run alternately so both see the same load). Builds the CLI bundle first, so
 * the figure is about the current code.
 */
export function benchCliStart(): Figure[] {
  execFileSync(process.execPath, ['--import', 'tsx', 'build/build-cli.ts'], { stdio: 'inherit' })
  const node: number[] = []
  const check: number[] = []
  const bundle: number[] = []
  for (let i = 0; i < RUNS; i++) {
    node.push(wallMs(process.execPath, ['-e', '0']))
    check.push(wallMs('npm', ['run', '--silent', 'check', '--', '--help'], 'Usage:'))
    bundle.push(wallMs(process.execPath, ['out/cli/paylight-check.mjs', '--help'], 'Usage:'))
  }
  const base = median(node)
  return [
    figure('`npm run check -- --help` ÷ `node -e 0` (wall)', median(check) / base, '×', {
      max: 6,
    }),
    figure('`paylight-check --help` ÷ `node -e 0` (wall)', median(bundle) / base, '×', {
      max: 2,
    }),
  ]
}
