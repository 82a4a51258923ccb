// The idle bench's yardstick: a process that makes only the app's checks, on the app's schedule
// and with the app's default settings (merchant edges, the offline data, the online cross-check),
// against the same loopback sources, and nothing else: no state, no tray, no files, no watchers.
import { createMonitor } from '../../src/shared/monitor/monitor'
import { runFullCheck, runProbe } from '../../src/shared/monitor/run-check'
import { realTimers } from '../../src/shared/monitor/timers'
import { defaultSettings } from '../../src/shared/contract/settings'
import { appCheckDeps } from '../app-check-deps'
import { loopbackFetch } from './loopback-fetch'

// The fake Electron's system proxy answers the same at once.
const deps = appCheckDeps(loopbackFetch(Number(process.env['PAYLIGHT_BENCH_SOURCES_PORT'])), {
  resolveProxy: async () => 'DIRECT',
})
const monitor = createMonitor({
  fullCheck: () => runFullCheck(deps),
  probe: (previous) => runProbe(deps, previous),
  now: Date.now,
  timers: realTimers,
  intervalMs: defaultSettings.intervalMs,
  onUpdate: () => undefined,
})
void monitor.start()
