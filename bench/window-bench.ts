// Time to usable for the window: navigation start → the first AppState painted, in Debian's
// Chromium on the built renderer, served and bridged the way the e2e tests do. Run it alone with
// `node --import tsx bench/window-bench.ts` after `npm run build`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import type { Page } from 'playwright-core'
import { FIRST_STATE_MARK } from '../src/renderer/src/first-state-mark'
import { startE2eApp } from '../test/support/e2e-harness'
import { figure, formatTable, type Figure } from './figures'
import { median } from './measure'

const runs = Number(process.env['PAYLIGHT_WINDOW_RUNS'] ?? 9)
// PAYLIGHT_RENDERER_DIR compares another build (say, a copy of the last release's) on equal terms.
const rendererDir = path.resolve(process.env['PAYLIGHT_RENDERER_DIR'] ?? 'out/renderer')

/** Milliseconds from navigation start to the app's first-state mark on the page just loaded. */
async function firstStateMs(page: Page): Promise<number> {
  await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark).length > 0,
    FIRST_STATE_MARK,
    { timeout: 30_000 },
  )
  return page.evaluate(
    (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN,
    FIRST_STATE_MARK,
  )
}

/** Renderer files the page fetched before its first state, by path under the renderer root. */
function watchFirstScreen(page: Page): Set<string> {
  const files = new Set<string>()
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.hostname === '127.0.0.1') files.add(url.pathname === '/' ? '/index.html' : url.pathname)
  })
  return files
}

/** Sum of each file gzipped on its own (default level), in KiB: what the first screen weighs. */
function gzipKiB(files: Iterable<string>): number {
  let bytes = 0
  for (const file of files) bytes += gzipSync(readFileSync(path.join(rendererDir, file))).length
  return bytes / 1024
}

/** A fresh profile (no HTTP or code cache) per launch; returns the cold time and first-screen files. */
async function coldRun(): Promise<{ ms: number; files: Set<string> }> {
  const profileDir = mkdtempSync(path.join(tmpdir(), 'paylight-bench-profile-'))
  const app = await startE2eApp({ profileDir, navigate: false, rendererDir })
  try {
    const files = watchFirstScreen(app.page)
    await app.open()
    return { ms: await firstStateMs(app.page), files }
  } finally {
    await app.close()
    rmSync(profileDir, { recursive: true, force: true })
  }
}

/** One profile: a first load (fills the caches), then `runs` reloads, each measured. */
async function warmRuns(): Promise<number[]> {
  const profileDir = mkdtempSync(path.join(tmpdir(), 'paylight-bench-profile-'))
  const app = await startE2eApp({ profileDir, rendererDir })
  try {
    await firstStateMs(app.page)
    const samples: number[] = []
    for (let i = 0; i < runs; i++) {
      await app.page.reload()
      samples.push(await firstStateMs(app.page))
    }
    return samples
  } finally {
    await app.close()
    rmSync(profileDir, { recursive: true, force: true })
  }
}

/** Cold and warm time to usable (medians) and the first screen's gzip size. */
export async function benchWindow(): Promise<Figure[]> {
  const cold: number[] = []
  let firstScreen = new Set<string>()
  for (let i = 0; i < runs; i++) {
    const run = await coldRun()
    cold.push(run.ms)
    firstScreen = run.files
  }
  const warm = await warmRuns()
  if (process.env['PAYLIGHT_BENCH_SAMPLES'])
    console.error(
      `cold samples ${cold.map(Math.round).join(' ')}\nwarm samples ${warm.map(Math.round).join(' ')}`,
    )
  const round = (n: number) => Math.round(n * 10) / 10
  return [
    figure(`window cold, first state painted (median of ${runs})`, round(median(cold)), 'ms', {
      max: 300,
    }),
    figure(
      `window warm reload, first state painted (median of ${runs})`,
      round(median(warm)),
      'ms',
      {
        max: 200,
      },
    ),
    figure('window first screen, gzip', round(gzipKiB(firstScreen)), 'KiB', { max: 150 }),
  ]
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  console.log(formatTable(await benchWindow()))
