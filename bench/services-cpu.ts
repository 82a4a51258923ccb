// What one check costs the main process as a whole, with real sockets: the app's services built as
// the app builds them (default settings, so the online cross-check on; the offline country and
// network-owner data; the bounded proxy look-up), the tray following every published state as
// setupTray does, and the sources on 127.0.0.1 in a child process. Runs in a fresh process; alone:
// `node --expose-gc --import tsx bench/services-cpu.ts`.
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { createAppServices } from '../src/main/app-services'
import { boundedResolveProxy } from '../src/main/setup/setup-net-session'
import { createTrayController } from '../src/main/tray/tray-controller'
import { openAsnDb } from '../src/node/asn-db'
import { openGeoDb } from '../src/node/geo-db'
import { createProfileStore } from '../src/node/profile-store'
import { defaultGeoProviders } from '../src/shared/geo/geo-providers'
import { setLogSink } from '../src/shared/util/logger'
import { defaultSources } from '../src/shared/net/sources'
import { defaultSettings } from '../src/shared/contract/settings'
import { trayLead } from '../src/shared/view/tray-lead'
import { trayView } from '../src/shared/view/tray-view'
import { fakeCipher } from '../test/support/fake-cipher'
import { createFakeClock } from './fake-clock'
import { figure, info, formatTable, type Figure } from './figures'
import { startIdleSourcesChild } from './idle/idle-processes'
import { loopbackFetch } from './idle/loopback-fetch'
import { collect, median, progress } from './measure'
import { seededSettings } from './seeded-settings'

const CHILD = 'PAYLIGHT_SERVICES_CPU_CHILD'
const PROBES = 120
const FULL_CHECKS = 40
const ROUNDS = 5

/** Runs the figures in a fresh Node process: the bench's own heap and compiled code stay out. */
export async function benchServicesCpu(): Promise<Figure[]> {
  const self = fileURLToPath(import.meta.url)
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', self],
    { env: { ...process.env, [CHILD]: '1' }, maxBuffer: 1024 * 1024 },
  )
  process.stderr.write(stderr)
  return JSON.parse(stdout) as Figure[]
}

/** The services over real sockets on a virtual clock: checks run when the bench moves the clock. */
async function startServices(dir: string, port: number) {
  let epoch = 0
  const fetch = loopbackFetch(port, () => epoch)
  const clock = createFakeClock(Date.now())
  const services = await createAppServices({
    fetch,
    resolveProxy: boundedResolveProxy(async () => 'DIRECT', clock.timers),
    locate: openGeoDb('resources/geo-whois-asn-country.mmdb').locate,
    owner: openAsnDb('resources/asn.bin').owner,
    sources: defaultSources,
    geoProviders: defaultGeoProviders,
    now: clock.now,
    timers: clock.timers,
    systemLocale: 'zh-CN',
    timeZone: 'Asia/Shanghai',
    settingsStore: await seededSettings(dir, {}),
    profileStore: createProfileStore(dir, fakeCipher()),
    files: { chooseExportFile: async () => null, chooseImportFile: async () => null },
    openLink: async () => ({ ok: false }),
  })
  // The tray as setupTray drives it, over a tray that only takes the calls.
  const tray = createTrayController({
    tray: {
      setImage: () => undefined,
      setToolTip: () => undefined,
      setContextMenu: () => undefined,
    },
    buildMenu: (template) => template as never,
    iconFor: (light) => light,
    actions: {
      checkNow: () => undefined,
      open: () => undefined,
      openPage: () => undefined,
      setPaused: () => undefined,
      quit: () => undefined,
      startSession: () => undefined,
      declined: () => undefined,
    },
  })
  // A push that shows a check running is its start ("检查中…" on the window's button); the one
  // after it carries the check's result, and with it every notice the result raised.
  let pushes = 0
  let allPushes = 0
  services.subscribe((state) => {
    allPushes++
    if (!state.monitor.checking) pushes++
    tray.render(trayView(state, clock.now()), state.lang, trayLead(state))
  })
  /** Moves the clock through due timers, waiting for real I/O, until no check runs. */
  const settle = async () => {
    for (;;) {
      await clock.advance(0)
      if (!services.state().monitor.checking) return
      await new Promise((resolve) => setTimeout(resolve, 0))
    }
  }
  return {
    services,
    settle,
    pushes: () => pushes,
    allPushes: () => allPushes,
    /** The next steady check: the clock moves to the monitor's timer. */
    probe: async () => {
      const next = Date.parse(services.state().monitor.nextCheckAt ?? '')
      if (!Number.isFinite(next)) throw new Error('no check scheduled')
      await clock.advance(next - clock.now())
      await settle()
    },
    /** A full check with every exit moved (new IPs: the cross-check and the alerts run too). */
    moved: async () => {
      epoch += 1
      await clock.advance(defaultSettings.intervalMs / 2)
      await services.ipc.checkNow(undefined)
      await settle()
    },
    stop: () => {
      services.stop()
      clock.clear()
    },
  }
}

/** CPU ms per call of `run`, median of {@link ROUNDS} rounds of `perRound`, and result pushes per call. */
async function cost(run: () => Promise<void>, perRound: number, pushes: () => number) {
  const samples: number[] = []
  let pushed = 0
  for (let r = 0; r < ROUNDS; r++) {
    collect()
    const before = pushes()
    const start = process.cpuUsage()
    for (let i = 0; i < perRound; i++) await run()
    const used = process.cpuUsage(start)
    samples.push((used.user + used.system) / 1000 / perRound)
    pushed += pushes() - before
  }
  return { ms: median(samples), pushes: pushed / (ROUNDS * perRound) }
}

async function servicesCpuFigures(): Promise<Figure[]> {
  setLogSink(null, 'warn')
  const dir = mkdtempSync(path.join(tmpdir(), 'paylight-bench-'))
  const sources = await startIdleSourcesChild(1)
  const run = await startServices(dir, sources.ports[0] ?? 0)
  try {
    run.services.start()
    await run.settle() // the start-up check
    // Warm-up: code compiled, the online look-ups cached, as in a running app.
    for (let i = 0; i < 10; i++) await run.probe()
    await run.moved()
    const pushedBefore = run.allPushes()
    const probe = await cost(run.probe, PROBES / ROUNDS, run.pushes)
    const probeAll = (run.allPushes() - pushedBefore) / PROBES
    const movedBefore = run.allPushes()
    const moved = await cost(run.moved, FULL_CHECKS / ROUNDS, run.pushes)
    const movedAll = (run.allPushes() - movedBefore) / FULL_CHECKS
    const [served] = await sources.served()
    progress(
      `    whole services with real sockets: steady check ${probe.ms.toFixed(2)} ms, ` +
        `full check with every exit moved ${moved.ms.toFixed(2)} ms CPU; pushes with a result per check ` +
        `${probe.pushes.toFixed(2)} / ${moved.pushes.toFixed(2)}; ${served?.requests ?? 0} requests served`,
    )
    return [
      figure(
        'main services, whole (real sockets, cross-check, owners, proxy, state, tray): CPU per steady check',
        probe.ms,
        'ms',
        { max: 5 },
      ),
      figure('main services, whole: CPU per full check with every exit moved', moved.ms, 'ms', {
        max: 12,
      }),
      figure(
        'main services, real sockets: state pushes with a result per steady check (besides its start)',
        probe.pushes,
        'pushes',
        { max: 1 },
      ),
      figure(
        'main services, real sockets: state pushes with a result per check that moved the exits (besides its start)',
        moved.pushes,
        'pushes',
        { max: 1 },
      ),
      info(
        'main services, real sockets: state pushes per steady check, its start included',
        probeAll,
        'pushes',
      ),
      info(
        'main services, real sockets: state pushes per check that moved the exits, its start included',
        movedAll,
        'pushes',
      ),
    ]
  } finally {
    run.stop()
    await sources.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.env[CHILD]) process.stdout.write(JSON.stringify(await servicesCpuFigures()))
else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.stdout.write(`${formatTable(await benchServicesCpu())}\n`)
