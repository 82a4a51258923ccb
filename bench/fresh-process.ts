import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { build } from 'esbuild'
import { median } from './measure'

/** What opening one data file added to a process that did nothing else, in MiB (medians). */
export interface FreshMemory {
  /** Resident set size added: what the operating system charges the app. */
  readonly rssMiB: number
  /** Of which ArrayBuffers (a file read into memory shows here byte for byte). */
  readonly buffersMiB: number
}

const mib = (bytes: number) => bytes / 1024 / 1024

/**
 * Opens `file` with `exportName` of `modulePath` in a fresh Node process, `runs` times, and reports
 * the memory it added. The opener's code is bundled and loaded before the first reading, and the
 * process settles (two garbage collections apart) before it, so neither the code nor a heap that
 * shrinks after start-up is counted: in the bench's own long-lived process an RSS difference mixes
 * the opened data with whatever the runtime returns to the system meanwhile.
 */
export async function memoryInFreshProcess(
  modulePath: string,
  exportName: string,
  file: string,
  runs = 5,
): Promise<FreshMemory> {
  const dir = mkdtempSync(path.join(tmpdir(), 'paylight-bench-'))
  try {
    await build({
      entryPoints: [path.resolve(modulePath)],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: path.join(dir, 'opener.cjs'),
      logLevel: 'silent',
    })
    const probe = path.join(dir, 'probe.mjs')
    writeFileSync(
      probe,
      `import { createRequire } from 'node:module'
const { ${exportName}: open } = createRequire(import.meta.url)('./opener.cjs')
const settle = () => new Promise((resolve) => setTimeout(resolve, 50))
gc(); await settle(); gc(); await settle()
const before = process.memoryUsage()
globalThis.kept = open(${JSON.stringify(path.resolve(file))})
gc(); await settle()
const after = process.memoryUsage()
console.log(JSON.stringify({ rss: after.rss - before.rss, buffers: after.arrayBuffers - before.arrayBuffers }))`,
    )
    const samples = Array.from(
      { length: runs },
      () =>
        JSON.parse(
          execFileSync(process.execPath, ['--expose-gc', probe], { encoding: 'utf8' }),
        ) as { rss: number; buffers: number },
    )
    return {
      rssMiB: mib(median(samples.map((s) => s.rss))),
      buffersMiB: mib(median(samples.map((s) => s.buffers))),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
