// The idle bench's yardstick: a process that makes only the app's checks, on the app's schedule
// and with the app's default settings (merchant edges, the offline data, the online cross-check),
// against the same loopback sources, and nothing else: no state, no tray, no files, no watchers.
import { openAsnDb } from '../../src/node/asn-db'
import { openGeoDb } from '../../src/node/geo-db'
import { createCrossCheck } from '../../src/shared/geo/cross-check'
import { defaultGeoProviders } from '../../src/shared/geo/geo-providers'
import { createMonitor } from '../../src/shared/monitor/monitor'
import { runFullCheck, runProbe, type CheckDeps } from '../../src/shared/monitor/run-check'
import { realTimers } from '../../src/shared/monitor/timers'
import { defaultSources } from '../../src/shared/net/sources'
import { defaultSettings } from '../../src/shared/settings'
import { loopbackFetch } from './loopback-fetch'

const fetch = loopbackFetch(Number(process.env['PAYLIGHT_BENCH_SOURCES_PORT']))
const { locate } = openGeoDb('resources/geo-whois-asn-country.mmdb')
const { owner } = openAsnDb('resources/asn.bin')
const crossCheck = createCrossCheck({ fetch, providers: defaultGeoProviders, now: Date.now })
const deps: CheckDeps = {
  fetch,
  sources: defaultSources,
  merchants: defaultSettings.merchants,
  locate,
  owner,
  crossCheck: defaultSettings.crossCheck ? crossCheck : null,
  // The fake Electron's system proxy answers the same at once.
  resolveProxy: async () => 'DIRECT',
  now: Date.now,
}
const monitor = createMonitor({
  fullCheck: () => runFullCheck(deps),
  probe: (previous) => runProbe(deps, previous),
  now: Date.now,
  timers: realTimers,
  intervalMs: defaultSettings.intervalMs,
  onUpdate: () => undefined,
})
void monitor.start()
