// Time to usable for the window: navigation start → the first AppState painted, in Debian's
// Chromium on the built renderer, served and bridged the way the e2e tests do. Run it alone with
// `node --import tsx bench/window-bench.ts` after `npm run build`.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import type { Page } from 'playwright-core'
import { FIRST_STATE_MARK } from '../src/renderer/src/first-state-mark'
import { LOAD_MARKS } from '../src/renderer/src/load-marks'
import { startE2eApp, type E2eApp } from '../test/support/e2e-harness'
import { figure, formatTable, info, type Figure } from './figures'
import { median, progress } from './measure'
import { machineQuiet } from './quiet'

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

/**
 * Renderer files the page fetched before its first state was painted, by path under the renderer
 * root, from the page's own resource timing: the pages prefetched after that are not counted.
 */
async function firstScreenFiles(page: Page): Promise<Set<string>> {
  const paths = await page.evaluate((mark) => {
    const painted = performance.getEntriesByName(mark)[0]?.startTime ?? Number.POSITIVE_INFINITY
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime <= painted)
      .map((entry) => new URL(entry.name).pathname)
  }, FIRST_STATE_MARK)
  return new Set(['/index.html', ...paths])
}

/** Sum of each file gzipped on its own (default level), in KiB: what the first screen weighs. */
function gzipKiB(files: Iterable<string>): number {
  let bytes = 0
  for (const file of files) bytes += gzipSync(readFileSync(path.join(rendererDir, file))).length
  return bytes / 1024
}

/** Sum of the files' sizes as the app protocol serves them (uncompressed), in KiB: what the renderer parses. */
function servedKiB(files: Iterable<string>): number {
  let bytes = 0
  for (const file of files) bytes += statSync(path.join(rendererDir, file)).size
  return bytes / 1024
}

/** Resolves once the services' start-up check is done (polled), or after 10 s. */
async function servicesIdle(app: E2eApp): Promise<void> {
  const until = Date.now() + 10_000
  while (app.services.state().monitor.checking && Date.now() < until)
    await new Promise((resolve) => setTimeout(resolve, 10))
}

/**
 * A cold window: a fresh profile (no HTTP cache, no code cache) per launch. Chromium's own start
 * is not the app's: the browser, and a renderer process for the app's origin (an empty page
 * there), are up and the machine is quiet again before the clock starts, as is the services'
 * start-up check (in the field it runs when the app starts; the window opens from the tray later).
 * Returns the cold time, its phases, the first-screen files and whether the machine got quiet.
 */
async function coldRun(): Promise<{
  ms: number
  phases: Phases
  files: Set<string>
  quiet: boolean
}> {
  const profileDir = mkdtempSync(path.join(tmpdir(), 'paylight-bench-profile-'))
  const app = await startE2eApp({ profileDir, navigate: false, rendererDir })
  try {
    await app.page.goto(`${app.origin}/blank`)
    await servicesIdle(app)
    const quiet = await machineQuiet()
    await app.open()
    const ms = await firstStateMs(app.page)
    return { ms, phases: await phasesOf(app.page), files: await firstScreenFiles(app.page), quiet }
  } finally {
    await app.close()
    rmSync(profileDir, { recursive: true, force: true })
  }
}

/** The ids of the Chromium renderer processes under the browser started on `profileDir` (from /proc: Linux). */
function rendererProcesses(profileDir: string): Set<number> {
  const parent = new Map<number, number>()
  const commands = new Map<number, string>()
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry)
    if (!Number.isInteger(pid)) continue
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      parent.set(pid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]))
      commands.set(pid, readFileSync(`/proc/${pid}/cmdline`, 'utf8'))
    } catch {
      // The process ended while we looked.
    }
  }
  // The browser process: the one started on this profile that is none of its helpers (--type=).
  const browser = [...commands].find(
    ([, cmd]) => cmd.includes(`--user-data-dir=${profileDir}`) && !cmd.includes('--type='),
  )?.[0]
  const under = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p))
      if (p === browser) return true
    return false
  }
  return new Set(
    [...commands]
      .filter(([pid, cmd]) => cmd.includes('--type=renderer') && under(pid))
      .map(([pid]) => pid),
  )
}

/**
 * A cold window in a renderer process of its own, started by the navigation itself, as a window
 * opened from the tray gets one: a fresh profile whose only page is on another site (so no renderer
 * for the app's site exists or can be reused), a quiet machine, then the app's page. The time
 * counts from the navigation's start, so it holds the new process's start-up; that a renderer
 * process was started for it is checked.
 */
async function newRendererColdRun(): Promise<{ ms: number; quiet: boolean }> {
  const profileDir = mkdtempSync(path.join(tmpdir(), 'paylight-bench-profile-'))
  const app = await startE2eApp({ profileDir, navigate: false, rendererDir })
  try {
    // localhost is another site than 127.0.0.1, where the window is served.
    await app.page.goto(`${app.origin.replace('127.0.0.1', 'localhost')}/blank`)
    await servicesIdle(app)
    const quiet = await machineQuiet()
    const before = rendererProcesses(profileDir)
    await app.open()
    const ms = await firstStateMs(app.page)
    const after = rendererProcesses(profileDir)
    if (process.platform === 'linux' && ![...after].some((pid) => !before.has(pid)))
      throw new Error(`no new renderer process for the window (${[...after].join(', ')})`)
    return { ms, quiet }
  } finally {
    await app.close()
    rmSync(profileDir, { recursive: true, force: true })
  }
}

/** Where a cold load's time went: page fetched, entry running, state in the store, painted. */
interface Phases {
  readonly html: number
  readonly scriptStart: number
  readonly stateArrived: number
}

async function phasesOf(page: Page): Promise<Phases> {
  // Page functions without named inner functions: tsx would wrap those in a helper the page lacks.
  const [html, scriptStart, stateArrived] = await page.evaluate(
    (marks) =>
      [
        performance.getEntriesByType('navigation')[0] as PerformanceResourceTiming | undefined,
        ...marks.map((name) => performance.getEntriesByName(name)[0]),
      ].map((entry) =>
        entry === undefined
          ? Number.NaN
          : 'responseEnd' in entry
            ? (entry as PerformanceResourceTiming).responseEnd
            : entry.startTime,
      ),
    [LOAD_MARKS.scriptStart, LOAD_MARKS.stateArrived],
  )
  return {
    html: html ?? Number.NaN,
    scriptStart: scriptStart ?? Number.NaN,
    stateArrived: stateArrived ?? Number.NaN,
  }
}

/** One profile: a first load (fills the caches), then `runs` reloads on a quiet machine, each measured. */
async function warmRuns(): Promise<number[]> {
  const profileDir = mkdtempSync(path.join(tmpdir(), 'paylight-bench-profile-'))
  const app = await startE2eApp({ profileDir, rendererDir })
  try {
    await firstStateMs(app.page)
    const samples: number[] = []
    for (let i = 0; i < runs; i++) {
      await machineQuiet()
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
  const phases: Phases[] = []
  let firstScreen = new Set<string>()
  let noisy = 0
  for (let i = 0; i < runs; i++) {
    const run = await coldRun()
    if (!run.quiet) noisy++
    cold.push(run.ms)
    phases.push(run.phases)
    firstScreen = run.files
  }
  const fresh: number[] = []
  for (let i = 0; i < runs; i++) {
    const run = await newRendererColdRun()
    if (!run.quiet) noisy++
    fresh.push(run.ms)
  }
  const mid = (pick: (p: Phases) => number) => Math.round(median(phases.map(pick)))
  progress(
    `    cold, medians: page ${mid((p) => p.html)} ms, entry running ${mid((p) => p.scriptStart)} ms, ` +
      `state in the store ${mid((p) => p.stateArrived)} ms, painted ${Math.round(median(cold))} ms` +
      `; in a new renderer process ${fresh.map(Math.round).join(' ')} ms` +
      (noisy ? ` (${noisy} of ${2 * runs} cold runs started on a busy machine)` : ''),
  )
  const warm = await warmRuns()
  if (process.env['PAYLIGHT_BENCH_SAMPLES'])
    console.error(
      `cold samples ${cold.map(Math.round).join(' ')}\nwarm samples ${warm.map(Math.round).join(' ')}`,
    )
  const round = (n: number) => Math.round(n * 10) / 10
  return [
    figure(
      `window cold in a new renderer process, first state painted (median of ${runs})`,
      round(median(fresh)),
      'ms',
      { max: 500 },
    ),
    figure(
      `window cold, a renderer for its origin already up (median of ${runs})`,
      round(median(cold)),
      'ms',
      { max: 300 },
    ),
    figure(
      `window warm reload, first state painted (median of ${runs})`,
      round(median(warm)),
      'ms',
      {
        max: 200,
      },
    ),
    figure(
      'window first screen: bytes the renderer parses (as the app protocol serves them)',
      round(servedKiB(firstScreen)),
      'KiB',
      { max: 400 },
    ),
    info(
      'window first screen, gzip (for comparison: the app protocol does not compress)',
      round(gzipKiB(firstScreen)),
      'KiB',
    ),
  ]
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  console.log(formatTable(await benchWindow()))
