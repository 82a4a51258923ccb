// A day of the built main bundle in a minute or two: the bundle runs on the fake Electron with
// default settings under time-warp.ts (its clock and timers jump over idle stretches, every request
// and file write is real), against loopback sources whose exits move every simulated hour. Its
// memory after a garbage collection is read at every simulated hour.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { figure, formatTable, info, type Figure } from '../figures'
import { progress } from '../measure'
import {
  buildIdleFiles,
  builtMain,
  startIdleSourcesChild,
  startWatched,
  userDataIn,
} from './idle-processes'
import type { HourReading } from './time-warp'

// V8 sizes its young generation up during the first hours (the committed heap grows by about
// 16 MiB once, then holds): the day that is judged is the one after that, hours 12 to 36.
const SETTLED_HOUR = 12
const HOURS = SETTLED_HOUR + 24
const HOUR_MS = 3_600_000
const mib = (bytes: number) => bytes / 1024 / 1024

/** Runs the day; resolves with the hourly readings and the checks the sources answered. */
async function runDay(): Promise<{ hours: HourReading[]; checks: number; requests: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'paylight-bench-day-'))
  const sources = await startIdleSourcesChild(1)
  const files = await buildIdleFiles(dir)
  const app = startWatched(
    files.probe,
    ['--import', files.register, builtMain()],
    {
      PAYLIGHT_FAKE_USERDATA: userDataIn(dir, 'app'),
      PAYLIGHT_BENCH_SOURCES_PORT: String(sources.ports[0]),
      PAYLIGHT_BENCH_EPOCH_MS: String(HOUR_MS),
      PAYLIGHT_WARP_HOURS: String(HOURS),
    },
    ['--expose-gc', '--import', files.timeWarp],
  )
  try {
    const hours = await new Promise<HourReading[]>((resolve, reject) => {
      app.child.on('message', (m: { hours?: HourReading[] }) => m.hours && resolve(m.hours))
      app.child.once('exit', (code) =>
        reject(
          new Error(`the bundle exited (${code}) during the day: ${app.stderr().slice(-800)}`),
        ),
      )
    })
    const [served] = await sources.served()
    return { hours, checks: served?.checks ?? 0, requests: served?.requests ?? 0 }
  } finally {
    await app.stop()
    await sources.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Least-squares slope of `values` against `xs`, per unit of x. */
function slope(xs: readonly number[], values: readonly number[]): number {
  const n = xs.length
  const mx = xs.reduce((a, b) => a + b, 0) / n
  const my = values.reduce((a, b) => a + b, 0) / n
  let num = 0
  let den = 0
  xs.forEach((x, i) => {
    num += (x - mx) * ((values[i] ?? my) - my)
    den += (x - mx) ** 2
  })
  return den === 0 ? Number.NaN : num / den
}

/**
 * The bundle's memory over a simulated day, read after a collection at each hour: over the 24
 * hours after the first 12 (V8's one-time sizing of its heap is over by then; a leak is not), the
 * trend of resident memory and the live heap added; and the resident memory at hours 1, 12 and
 * 36. The exits move every hour, so the history, the alerts and the notices grow as they would.
 */
export async function benchSimulatedDay(): Promise<Figure[]> {
  const { hours, checks, requests } = await runDay()
  const at = (hour: number) => hours.find((h) => h.hour === hour)
  const [first, settledAt, last] = [at(1), at(SETTLED_HOUR), at(HOURS)]
  if (!first || !settledAt || !last)
    throw new Error(`the day ended early: ${hours.length} hours read`)
  const settled = hours.filter((h) => h.hour >= SETTLED_HOUR)
  const trend = slope(
    settled.map((h) => h.hour),
    settled.map((h) => mib(h.rssBytes)),
  )
  progress(
    `    ${HOURS} simulated hours in ${(last.realMs / 1000).toFixed(0)} s: ${checks} checks, ` +
      `${requests} requests; resident memory by hour (MiB) ` +
      hours.map((h) => mib(h.rssBytes).toFixed(1)).join(' ') +
      `; live heap by hour ${hours.map((h) => mib(h.heapUsedBytes).toFixed(2)).join(' ')}; ` +
      `committed heap ${mib(first.heapTotalBytes).toFixed(1)} → ${mib(last.heapTotalBytes).toFixed(1)} MiB`,
  )
  return [
    figure(
      `simulated day (hours ${SETTLED_HOUR}–${HOURS} of ${checks} checks, exits moving hourly): resident memory trend`,
      trend * 24,
      'MiB/day',
      { max: 2 },
    ),
    figure(
      `simulated day: live heap added, hour ${SETTLED_HOUR} → ${HOURS}`,
      mib(last.heapUsedBytes - settledAt.heapUsedBytes),
      'MiB',
      // Held by design: the online look-ups' cache (up to 256 IPs), the history's newest events.
      { max: 1 },
    ),
    info('simulated day: resident memory at hour 1', mib(first.rssBytes), 'MiB'),
    info(`simulated day: resident memory at hour ${SETTLED_HOUR}`, mib(settledAt.rssBytes), 'MiB'),
    info(`simulated day: resident memory at hour ${HOURS}`, mib(last.rssBytes), 'MiB'),
  ]
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.stdout.write(`${formatTable(await benchSimulatedDay())}\n`)
