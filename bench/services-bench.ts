import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { createAppServices } from '../src/main/app-services'
import { openGeoDb } from '../src/node/geo-db'
import { createProfileStore } from '../src/node/profile-store'
import { seededSettings } from './seeded-settings'
import { defaultSettings } from '../src/shared/contract/settings'
import type { FetchFn } from '../src/shared/net/fetch-text'
import { defaultSources, type SourceSpec } from '../src/shared/net/sources'
import { fakeCipher } from '../test/support/fake-cipher'
import { fixture, traceBody } from '../test/support/provider-bodies'
import { figure, type Figure } from './figures'
import { heapMiB, median, progress } from './measure'

const CHECKS = 10_000
const CHILD = 'PAYLIGHT_SERVICES_BENCH_CHILD'
const run = promisify(execFile)
const RUNS = 3

/** An exit that changes with every check: the fake sources answer from a counter. */
function changingExits(): { fetch: FetchFn; next(): void } {
  let n = 1
  const v4 = () => `104.28.${(n >> 8) & 255}.${n & 255}`
  const body = (s: SourceSpec) => {
    if (s.parser === 'plain-ip') return s.family === 'v6' ? `240e:3b7::${n.toString(16)}` : v4()
    return s.family === 'v6' ? fixture('cloudflare-trace-v6.txt') : traceBody(v4(), 'US')
  }
  const byUrl = new Map(defaultSources.map((s) => [s.url, s]))
  return {
    fetch: async (url) => {
      const source = byUrl.get(url)
      return new Response(source ? body(source) : '', { status: source ? 200 : 404 })
    },
    next: () => void n++,
  }
}

/** Real timers that remember which are still armed, so the bench can count and clear them. */
function trackedTimers() {
  const armed = new Set<ReturnType<typeof setTimeout>>()
  return {
    setTimeout: (fn: () => void, ms: number): unknown => {
      const handle = setTimeout(() => {
        armed.delete(handle)
        fn()
      }, ms)
      armed.add(handle)
      return handle
    },
    clearTimeout: (handle: unknown): void => {
      armed.delete(handle as ReturnType<typeof setTimeout>)
      clearTimeout(handle as ReturnType<typeof setTimeout>)
    },
    /** Clears whatever is still armed; returns how many there were. */
    clearAll: (): number => {
      const count = armed.size
      for (const handle of armed) clearTimeout(handle)
      armed.clear()
      return count
    },
  }
}

/** Resolves once `done()` holds (polled between macrotasks), or fails after 5 s. */
async function settled(done: () => boolean): Promise<void> {
  const until = Date.now() + 5000
  while (!done()) {
    if (Date.now() > until) throw new Error('the services never settled')
    await new Promise((resolve) => setTimeout(resolve, 1))
  }
}

/**
 * The services' figures, measured in a fresh Node process of their own: what the bench's earlier
 * sections left in its heap (and the code they compiled) would otherwise count, or hide.
 */
export async function benchServices(): Promise<Figure[]> {
  const self = fileURLToPath(import.meta.url)
  const { stdout, stderr } = await run(process.execPath, ['--expose-gc', '--import', 'tsx', self], {
    env: { ...process.env, [CHILD]: '1' },
    maxBuffer: 1024 * 1024,
  })
  process.stderr.write(stderr)
  return JSON.parse(stdout) as Figure[]
}

if (process.env[CHILD]) process.stdout.write(JSON.stringify(await servicesFigures()))

/**
 * The main-process services under 10,000 checks whose exits change every time: heap after start,
 * heap growth (a leak fails it), and the timers left after stop (pushes per check are measured
 * with real sockets in services-cpu.ts: answers in memory arrive in one turn). The only call site of
 * the services is here, so a change to how they are built is a change to this function alone.
 * Three runs, each on fresh services: the heap figures are their medians (one run's heap moves by
 * a few hundred KiB with when V8 last compacted), the counts their worst.
 */
async function servicesFigures(): Promise<Figure[]> {
  const runs: Run[] = []
  for (let i = 0; i < RUNS; i++) runs.push(await (await measureServices())())
  progress(
    `    heap before the services ${heapMiB().toFixed(1)} MiB (the bench's own); added at start ` +
      `${runs.map((r) => r.addedAtStart.toFixed(2)).join(', ')} MiB; ` +
      `heap growth per run ${runs.map((r) => r.grown.toFixed(2)).join(', ')} MiB; ` +
      `of which the last ${CHECKS / 2} checks ${runs.map((r) => r.lastHalf.toFixed(2)).join(', ')} MiB`,
  )
  const mid = (pick: (r: Run) => number) => median(runs.map(pick))
  const worst = (pick: (r: Run) => number) => Math.max(...runs.map(pick))
  return [
    // The first run adds what starting them costs once per process (compiled code, shared tables),
    // the later ones little more than their own data: the figure is the most of the runs.
    figure(
      `main services: heap added by starting them (most of ${RUNS} runs)`,
      worst((r) => r.addedAtStart),
      'MiB',
      { max: 8 },
    ),
    // The history keeps its newest 10,000 events in memory by design (about 2.5 MiB once full);
    // the whole growth is held to that plus the rest, the second half alone catches a leak.
    figure(
      `main services: heap growth after ${CHECKS} changing checks, full history held (median of ${RUNS})`,
      mid((r) => r.grown),
      'MiB',
      { max: 4 },
    ),
    figure(
      `main services: heap growth over the last ${CHECKS / 2} checks (history full; median of ${RUNS})`,
      mid((r) => r.lastHalf),
      'MiB',
      { max: 1 },
    ),
    figure(
      'main services: timers still armed 100 ms after stop()',
      worst((r) => r.leftOver),
      'timers',
      { max: 0 },
    ),
  ]
}

interface Run {
  /** Heap the services (with their database reader, stores and first check) added to the process. */
  readonly addedAtStart: number
  readonly grown: number
  /** Growth over the second half of the checks alone: a leak grows there too, a warm-up does not. */
  readonly lastHalf: number
  readonly leftOver: number
}

async function measureServices(): Promise<() => Run> {
  const before = heapMiB()
  const exits = changingExits()
  const db = openGeoDb('resources/geo-whois-asn-country.mmdb')
  const dir = mkdtempSync(path.join(tmpdir(), 'paylight-bench-'))
  // Checks whose published state carries a new merchant exit: proof every check really changed it.
  let moves = 0
  let lastIp: string | null = null
  const timers = trackedTimers()
  // The services' clock moves one interval per check, as in the field: what they keep for a
  // while (the alert history keeps an hour of exit changes) then holds what it would hold there,
  // not all 10,000 checks that the bench runs in a minute or two of real time.
  let clock = Date.now()
  const services = await createAppServices({
    fetch: exits.fetch,
    locate: db.locate,
    sources: defaultSources,
    geoProviders: [],
    now: () => clock,
    timers,
    systemLocale: 'zh-CN',
    timeZone: 'Asia/Shanghai',
    settingsStore: await seededSettings(dir, { notifications: true, crossCheck: false }),
    profileStore: createProfileStore(dir, fakeCipher()),
    files: { chooseExportFile: async () => null, chooseImportFile: async () => null },
    openLink: async () => ({ ok: false }),
  })
  let leftOver = 0
  try {
    services.subscribe((state) => {
      const ip = state.monitor.observation?.exits.merchant?.ip ?? null
      if (ip !== null && ip !== lastIp) moves++
      lastIp = ip
    })
    services.start()
    // A check asked for during the start-up check re-runs after it: let that one finish too, so
    // every check counted below is the loop's own (one at a time, none coalesced).
    await services.ipc.checkNow(undefined)
    await settled(() => !services.state().monitor.checking)
    const startHeap = heapMiB()
    const addedAtStart = startHeap - before
    moves = 0
    let halfway = startHeap
    for (let i = 0; i < CHECKS; i++) {
      clock += defaultSettings.intervalMs
      exits.next()
      await services.ipc.checkNow(undefined)
      if (i + 1 === CHECKS / 2) halfway = heapMiB()
    }
    const endHeap = heapMiB()
    if (moves < CHECKS) throw new Error(`only ${moves} of ${CHECKS} checks saw their new exit`)
    // Read after `finally` has stopped the services and counted the timers they left armed.
    return () => ({
      addedAtStart,
      grown: endHeap - startHeap,
      lastHalf: endHeap - halfway,
      leftOver,
    })
  } finally {
    services.stop()
    await new Promise((resolve) => setTimeout(resolve, 100))
    leftOver = timers.clearAll()
    rmSync(dir, { recursive: true, force: true })
  }
}
