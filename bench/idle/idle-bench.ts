// The app at rest: the built main bundle (out/main/index.js) on the fake Electron with default
// settings, beside a process that makes only the same checks, both asking loopback sources. Their
// CPU, wake-ups and memory over a real-time window; then a simulated day of the bundle.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { FULL_CHECK_EVERY_MS } from '../../src/shared/monitor/freshness'
import { figure, formatTable, info, type Figure } from '../figures'
import { progress } from '../measure'
import {
  buildIdleFiles,
  builtMain,
  startIdleSourcesChild,
  startWatched,
  userDataIn,
  type Watched,
} from './idle-processes'
import type { WakeReport } from './wake-probe'

// One full-check period by default: the window holds exactly the hour's mix of probes and full
// checks (one full check per ten minutes). PAYLIGHT_IDLE_MINUTES shortens it for a quick look.
const windowMs =
  Number(process.env['PAYLIGHT_IDLE_MINUTES'] ?? FULL_CHECK_EVERY_MS / 60_000) * 60_000
// Both processes start together; the window opens half an interval in, after the start-up check.
const SETTLE_MS = 30_000
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))

interface Reading {
  readonly app: WakeReport
  readonly checks: WakeReport
  /** Requests each process's sources answered, and its checks (each asks the merchant edge once). */
  readonly served: readonly { readonly requests: number; readonly checks: number }[]
  readonly at: number
}

/** The two processes at rest, started; `figures()` waits for the window's end and reads them. */
export interface IdlePair {
  figures(): Promise<Figure[]>
  stop(): Promise<void>
}

/**
 * Starts the pair and opens the window once they settled. The bench's other sections may run
 * meanwhile (the pair uses a few ms of CPU a minute; their own CPU is counted by the kernel per
 * process, not by the wall clock); `figures()` waits for the window to close.
 */
export async function startIdlePair(): Promise<IdlePair> {
  const dir = mkdtempSync(path.join(tmpdir(), 'paylight-bench-idle-'))
  const files = await buildIdleFiles(dir)
  const sources = await startIdleSourcesChild(2)
  const [appPort, checksPort] = sources.ports
  const app = startWatched(files.probe, ['--import', files.register, builtMain()], {
    PAYLIGHT_FAKE_USERDATA: userDataIn(dir, 'app'),
    PAYLIGHT_BENCH_SOURCES_PORT: String(appPort),
  })
  const checks = startWatched(files.probe, [files.checksOnly], {
    PAYLIGHT_BENCH_SOURCES_PORT: String(checksPort),
  })
  const stop = async () => {
    await Promise.all([app.stop(), checks.stop()])
    await sources.stop()
    rmSync(dir, { recursive: true, force: true })
  }
  const read = async (): Promise<Reading> => ({
    app: await app.report(),
    checks: await checks.report(),
    served: await sources.served(),
    at: performance.now(),
  })
  try {
    await sleep(SETTLE_MS)
    const start = await read()
    return {
      stop,
      figures: async () => {
        try {
          await sleep(start.at + windowMs - performance.now())
          return idleFigures(start, await read(), app)
        } finally {
          await stop()
        }
      },
    }
  } catch (error) {
    await stop()
    throw error
  }
}

function idleFigures(start: Reading, end: Reading, app: Watched): Figure[] {
  const minutes = (end.at - start.at) / 60_000
  const delta = (pick: (r: WakeReport) => number, who: 'app' | 'checks') =>
    pick(end[who]) - pick(start[who])
  const perHourMs = (who: 'app' | 'checks') =>
    (delta((r) => r.cpuMicros, who) / 1000 / minutes) * 60
  const perMinute = (pick: (r: WakeReport) => number, who: 'app' | 'checks') =>
    delta(pick, who) / minutes
  const served = (i: number) => ({
    requests: (end.served[i]?.requests ?? 0) - (start.served[i]?.requests ?? 0),
    checks: (end.served[i]?.checks ?? 0) - (start.served[i]?.checks ?? 0),
  })
  const [appServed, checksServed] = [served(0), served(1)]
  if (appServed.checks !== checksServed.checks || appServed.checks === 0)
    throw new Error(
      `the window is not comparable: the app made ${appServed.checks} checks, ` +
        `the checks-only process ${checksServed.checks}`,
    )
  const checksPerMinute = appServed.checks / minutes
  progress(
    `    ${minutes.toFixed(1)} min at rest, ${appServed.checks} checks each ` +
      `(${appServed.requests} / ${checksServed.requests} requests); CPU per hour app ` +
      `${perHourMs('app').toFixed(0)} ms, checks only ${perHourMs('checks').toFixed(0)} ms; ` +
      `voluntary context switches a minute ${perMinute((r) => r.voluntarySwitches, 'app').toFixed(1)} / ` +
      `${perMinute((r) => r.voluntarySwitches, 'checks').toFixed(1)}; event-loop turns a minute ` +
      `${perMinute((r) => r.loops, 'app').toFixed(1)} / ${perMinute((r) => r.loops, 'checks').toFixed(1)}; ` +
      `timer callbacks a minute ${perMinute((r) => r.timerCallbacks, 'app').toFixed(1)} / ` +
      `${perMinute((r) => r.timerCallbacks, 'checks').toFixed(1)}, timer wake-ups ` +
      `${perMinute((r) => r.timerWakes, 'app').toFixed(1)} / ${perMinute((r) => r.timerWakes, 'checks').toFixed(1)}, ` +
      `other wake-ups ${perMinute((r) => r.otherWakes, 'app').toFixed(1)} / ` +
      `${perMinute((r) => r.otherWakes, 'checks').toFixed(1)}`,
  )
  if (app.stderr().trim())
    progress(`    the app wrote on stderr: ${app.stderr().trim().slice(0, 400)}`)
  const mib = (bytes: number) => bytes / 1024 / 1024
  return [
    figure(
      'at rest, built main bundle: CPU per hour ÷ a checks-only process',
      perHourMs('app') / perHourMs('checks'),
      '×',
      { max: 1.5 },
    ),
    info('at rest: CPU per hour, built main bundle', perHourMs('app'), 'ms'),
    info('at rest: CPU per hour, checks-only process', perHourMs('checks'), 'ms'),
    figure(
      `at rest: timer wake-ups a minute (≤ 3 + ${checksPerMinute.toFixed(2)} checks a minute)`,
      perMinute((r) => r.timerWakes, 'app'),
      'wake-ups',
      { max: Math.round((3 + checksPerMinute) * 100) / 100 },
    ),
    info('at rest: resident memory, built main bundle', mib(end.app.rssBytes), 'MiB'),
  ]
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const pair = await startIdlePair()
  process.stdout.write(`${formatTable(await pair.figures())}\n`)
}
