import { openGeoDb } from '../src/node/geo-db'
import { runFullCheck, runProbe, type CheckDeps } from '../src/shared/monitor/run-check'
import { defaultSources, type SourceSpec } from '../src/shared/net/sources'
import type { FetchFn } from '../src/shared/net/fetch-text'
import { startFakeServer } from '../test/support/fake-server'
import { fakeSourceList } from '../test/support/fake-sources'
import { loopbackFetch } from '../test/support/loopback-fetch'
import { fixture, traceBody } from '../test/support/provider-bodies'
import { median, microsPerCall, microsPerSyncCall, report, rssMiB } from './measure'

const dbFile = 'resources/geo-whois-asn-country.mmdb'

/** Offline database: open time, memory, and look-up cost over 10,000 varied public addresses. */
export async function benchGeoDb(): Promise<void> {
  const before = rssMiB()
  let db = openGeoDb(dbFile)
  report('local DB RSS added (one reader)', `${(rssMiB() - before).toFixed(1)} MiB`)
  const opens: number[] = []
  for (let i = 0; i < 7; i++) {
    const start = performance.now()
    db = openGeoDb(dbFile)
    opens.push(performance.now() - start)
  }
  report('local DB open (median of 7)', `${median(opens).toFixed(1)} ms`, '≤ 50 ms')
  let seed = 12345
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31)
  const ips = Array.from({ length: 10_000 }, (_, i) =>
    i % 4 === 0
      ? `2${(next() % 0xfff).toString(16)}:${(next() % 0xffff).toString(16)}::1`
      : `${1 + (next() % 222)}.${next() % 256}.${next() % 256}.${next() % 256}`,
  )
  let i = 0
  const micros = microsPerSyncCall(() => db.locate(ips[i++ % ips.length] ?? '8.8.8.8'), 100_000)
  report('country look-up, 10,000 distinct IPs', `${micros.toFixed(2)} µs`, '≤ 2 µs')
  const same = microsPerSyncCall(() => db.locate('104.28.41.17'), 100_000)
  report('country look-up, the same exit IP again', `${same.toFixed(2)} µs`)
}

/** A realistic answer for each default source: a US exit, and a Chinese IPv6 exit. */
function healthyBody(source: SourceSpec): string {
  if (source.parser === 'plain-ip') return source.family === 'v6' ? '240e:3b7::1' : '104.28.41.17'
  return source.family === 'v6'
    ? fixture('cloudflare-trace-v6.txt')
    : traceBody('104.28.41.17', 'US')
}

function instantFetch(): FetchFn {
  const bodies = new Map(defaultSources.map((s) => [s.url, healthyBody(s)]))
  return async (url) => new Response(bodies.get(url) ?? '')
}

/** The core's own cost per check with sources that answer instantly (no network at all). */
export async function benchCoreTime(): Promise<void> {
  const db = openGeoDb(dbFile)
  const deps: CheckDeps = {
    fetch: instantFetch(),
    sources: defaultSources,
    locate: db.locate,
    crossCheck: null,
    now: Date.now,
  }
  const full = await runFullCheck(deps)
  report(
    'full check, core time (7 sources, instant fakes)',
    `${((await microsPerCall(() => runFullCheck(deps), 200)) / 1000).toFixed(3)} ms`,
  )
  report(
    'steady-state check, core time (probe)',
    `${((await microsPerCall(() => runProbe(deps, full), 2000)) / 1000).toFixed(3)} ms`,
    '≤ 1 ms',
  )
  const cpuStart = process.cpuUsage()
  const n = 2000
  for (let k = 0; k < n; k++) await runProbe(deps, full)
  const cpu = process.cpuUsage(cpuStart)
  report(
    'steady-state check, CPU (user+system)',
    `${((cpu.user + cpu.system) / n / 1000).toFixed(3)} ms`,
    '≤ 1 ms',
  )
}

/** Bytes on the wire per check, counted at the fake server's sockets on 127.0.0.1 (plain HTTP). */
export async function benchWireBytes(): Promise<void> {
  const server = await startFakeServer()
  for (const s of defaultSources) {
    server.setRoute(`/${s.name}`, { kind: 'body', body: healthyBody(s) })
  }
  const db = openGeoDb(dbFile)
  const deps: CheckDeps = {
    fetch: loopbackFetch,
    sources: fakeSourceList(server),
    locate: db.locate,
    crossCheck: null,
    now: Date.now,
  }
  const full = await runFullCheck(deps)
  server.resetCounters()
  await runFullCheck(deps)
  const fullBytes = server.bytes()
  const probes = 20
  server.resetCounters()
  for (let k = 0; k < probes; k++) await runProbe(deps, full)
  const probeBytes = server.bytes()
  report('full check on the wire (sent / received)', `${fullBytes.sent} / ${fullBytes.received} B`)
  report(
    'steady-state check on the wire (sent / received)',
    `${Math.round(probeBytes.sent / probes)} / ${Math.round(probeBytes.received / probes)} B`,
    '≤ 2 KB total',
  )
  await server.close()
}
