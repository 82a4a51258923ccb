import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { build } from 'esbuild'
import { validateProfile } from '../src/shared/profile/validate'
import { evaluate } from '../src/shared/verdict/evaluate'
import { exitOf, observationOf } from '../test/support/observations'
import { usProfile } from '../test/support/profiles'
import { figure, type Figure } from './figures'
import { microsPerSyncCall } from './measure'

/** evaluate() and profile validation, per call, on a realistic profile and observation. */
export function benchVerdict(): Figure[] {
  const t0 = Date.parse('2026-11-25T10:00:00Z')
  const observation = observationOf(t0, {
    merchant: exitOf('merchant', '104.28.41.17', 'US'),
    ipv6: exitOf('ipv6', '240e::1', 'CN'),
  })
  const context = {
    now: t0 + 5000,
    intervalMs: 60_000,
    sleptAt: null,
    lastAttempt: { at: observation.checkedAt, ok: true, trigger: 'start' as const, failures: [] },
    exitChangedAt: null,
    timeZone: 'Asia/Shanghai',
  }
  const profile = usProfile({ billing: { state: 'NY' } })
  const input = JSON.parse(JSON.stringify(usProfile())) as unknown
  return [
    figure(
      'evaluate() per call',
      microsPerSyncCall(() => evaluate(profile, observation, context), 20_000),
      'µs',
      { max: 50 },
    ),
    // Validation runs on save and import only, never per check: the bound is what a person notices
    // (a save must feel instant), not a per-check budget. It measured 42–57 µs under load.
    figure(
      'profile validation per call (save/import only)',
      microsPerSyncCall(() => validateProfile(input), 20_000),
      'µs',
      { max: 1000 },
    ),
  ]
}

/**
 * What the address data (ZIP-prefix table, US/CA regions, postcode formats) costs a fresh process:
 * bundled alone and imported in a child, so nothing else is counted. The load is the child's CPU
 * time (a loaded machine's wait for a core is not the data's cost).
 */
export async function benchAddressData(): Promise<Figure[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'paylight-bench-'))
  try {
    const entry = path.join(dir, 'entry.ts')
    writeFileSync(
      entry,
      `export * from '${path.resolve('src/shared/address/postal.ts')}'\nexport * from '${path.resolve('src/shared/address/regions.ts')}'\n`,
    )
    await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: path.join(dir, 'address.mjs'),
      logLevel: 'silent',
    })
    const probe = path.join(dir, 'probe.mjs')
    writeFileSync(
      probe,
      `gc(); const before = process.memoryUsage(); const t = process.cpuUsage();
  const m = await import('./address.mjs'); m.checkPostalCode('US', '90210', 'CA');
  const used = process.cpuUsage(t); const ms = (used.user + used.system) / 1000;
  gc(); const after = process.memoryUsage();
  console.log(JSON.stringify({ ms, rss: after.rss - before.rss, heap: after.heapUsed - before.heapUsed }))`,
    )
    const runs = Array.from(
      { length: 7 },
      () =>
        JSON.parse(
          execFileSync(process.execPath, ['--expose-gc', probe], { encoding: 'utf8' }),
        ) as {
          ms: number
          rss: number
          heap: number
        },
    )
    const median = (k: 'ms' | 'rss' | 'heap') =>
      [...runs.map((r) => r[k])].sort((a, b) => a - b)[3] ?? Number.NaN
    const mib = (bytes: number) => bytes / 1024 / 1024
    return [
      figure('address data load, CPU (fresh process, median of 7)', median('ms'), 'ms', {
        max: 10,
      }),
      figure('address data memory added (RSS)', mib(median('rss')), 'MiB', { max: 2 }),
      figure('address data heap added', mib(median('heap')), 'MiB', { max: 2 }),
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
