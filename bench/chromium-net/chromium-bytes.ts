// Bytes per check on the app's own path: the app's checks (run-check.ts) and its fresh-connection
// fetch (setup-net-session.ts) over Chromium's network stack, with the checks session's settings,
// against HTTPS stand-ins on 127.0.0.1 that count what crossed the wire. Run it alone with
// `node --import tsx bench/chromium-net/chromium-bytes.ts`.
import type { Session } from 'electron'
import { pathToFileURL } from 'node:url'
import { freshConnectionFetch } from '../../src/main/setup/setup-net-session'
import { defaultGeoProviders } from '../../src/shared/geo/geo-providers'
import { runFullCheck, runProbe } from '../../src/shared/monitor/run-check'
import { defaultSources } from '../../src/shared/net/sources'
import { appCheckDeps } from '../app-check-deps'
import { belowFloor, figure, formatTable, info, type Figure } from '../figures'
import { progress } from '../measure'
import { checksSessionSwitches, startChromiumFetch } from './chromium-fetch'
import { FLOOR_PATH, startEdgeServers, type EdgeTotals } from './edge-servers'

const STEADY_CHECKS = 30
const WARM_FULL_CHECKS = 3

/** Every host the checks can ask: the sources' and the online geolocation providers'. */
const hosts = [
  ...new Set(
    [
      ...defaultSources.map((s) => s.url),
      ...defaultGeoProviders.map((p) => p.url.replace('{ip}', '192.0.2.1')),
    ].map((url) => new URL(url).host),
  ),
]

/** One run on a fresh Chromium profile: the first full check, steady probes, warm full checks. */
export async function measureChromiumBytes(switches: readonly string[]) {
  const edge = await startEdgeServers(hosts)
  const route = (url: string) => {
    const u = new URL(url)
    return `${edge.origin(u.host)}${u.pathname}${u.search}`
  }
  const chrome = await startChromiumFetch(edge.leafCert, switches, route)
  try {
    // The app's own wrapper: every batch on fresh connections (the stand-ins close theirs when it
    // asks, where Electron's session would close its own).
    const session = { fetch: chrome.fetch, closeAllConnections: edge.closeAll }
    const fetch = freshConnectionFetch(
      session as unknown as Pick<Session, 'fetch' | 'closeAllConnections'>,
    )
    const deps = appCheckDeps(fetch)
    await edge.totals()
    const first = await runFullCheck(deps)
    const failed = first.sightings.filter((s) => s.failure)
    if (failed.length > 0)
      throw new Error(`a source failed through Chromium: ${JSON.stringify(failed[0])}`)
    const firstTotals = await edge.totals()
    let steady: EdgeTotals = {
      connections: 0,
      resumed: 0,
      requests: 0,
      bytes: 0,
      fromClient: 0,
      protocols: [],
    }
    for (let i = 0; i < STEADY_CHECKS; i++) {
      const outcome = await runProbe(deps, first)
      if (outcome.kind !== 'unchanged') throw new Error(`the probe saw ${outcome.kind}`)
      const t = await edge.totals()
      steady = {
        connections: steady.connections + t.connections,
        resumed: steady.resumed + t.resumed,
        requests: steady.requests + t.requests,
        bytes: steady.bytes + t.bytes,
        fromClient: steady.fromClient + t.fromClient,
        protocols: [...new Set([...steady.protocols, ...t.protocols])],
      }
    }
    const probeHeaders = edge.lastHeaders()
    let warmBytes = 0
    for (let i = 0; i < WARM_FULL_CHECKS; i++) {
      await runFullCheck(deps)
      warmBytes += (await edge.totals()).bytes
    }
    return {
      first: firstTotals,
      steady,
      steadyBytes: steady.bytes / STEADY_CHECKS,
      warmFullBytes: warmBytes / WARM_FULL_CHECKS,
      probeHeaders,
      chainBytes: edge.chainBytes,
    }
  } finally {
    await chrome.close()
    await edge.stop()
  }
}

/** The hosts of a steady check's three routes (merchant edge, IPv4-only, IPv6-only trace). */
const steadyHosts = defaultSources.filter((s) => s.probe).map((s) => new URL(s.url).host)

/**
 * What Chromium's own stack costs per fresh connection, whatever the app asks: the same stand-ins
 * answering an empty 204 with no headers, on a fresh profile (every handshake a full one, one
 * connection per host at once), then in batches of the three steady routes (every one resumed).
 */
export async function measureChromiumFloor(switches: readonly string[]) {
  const edge = await startEdgeServers(hosts)
  const chrome = await startChromiumFetch(edge.leafCert, switches, (url) => url)
  try {
    const batch = async (batchHosts: readonly string[]) => {
      await edge.closeAll()
      await edge.totals()
      await Promise.all(batchHosts.map((h) => chrome.fetch(`${edge.origin(h)}${FLOOR_PATH}`)))
      return edge.totals()
    }
    const full = await batch(hosts)
    if (full.resumed > 0) throw new Error('a fresh profile resumed a session')
    let resumed = { bytes: 0, connections: 0, resumed: 0 }
    for (let i = 0; i < 10; i++) {
      const t = await batch(steadyHosts)
      resumed = {
        bytes: resumed.bytes + t.bytes,
        connections: resumed.connections + t.connections,
        resumed: resumed.resumed + t.resumed,
      }
    }
    if (resumed.resumed !== resumed.connections)
      throw new Error('a floor connection did not resume')
    return { full: full.bytes / full.connections, resumed: resumed.bytes / resumed.connections }
  } finally {
    await chrome.close()
    await edge.stop()
  }
}

// What a check may add above Chromium's floor, per connection: the request's path and headers
// beyond the least, the answer's headers and body (a Cloudflare trace); measured 470–510 B, so a
// regression that doubles it fails.
const ABOVE_FLOOR_PER_CONNECTION = 1024

/**
 * Bytes both ways per check through Chromium: the first full check on a fresh profile (every
 * handshake a full one, the cross-check's look-ups included), a steady check (three routes, each a
 * fresh connection resuming its TLS session), and how many of those connections resumed.
 */
export async function benchChromiumBytes(): Promise<Figure[]> {
  const floor = await measureChromiumFloor(checksSessionSwitches)
  const run = await measureChromiumBytes(checksSessionSwitches)
  const headerNames = Object.keys(run.probeHeaders).filter((h) => !h.startsWith(':'))
  const steadyConnections = run.steady.connections / STEADY_CHECKS
  const floors = {
    first: run.first.connections * floor.full,
    steady: steadyConnections * floor.resumed,
  }
  const above = {
    first: (run.first.bytes - floors.first) / run.first.connections,
    steady: (run.steadyBytes - floors.steady) / steadyConnections,
  }
  progress(
    `    Chromium ${run.steady.protocols.join('/')}; a probe's request headers: ${headerNames.join(', ')}; ` +
      `first full check ${run.first.requests} requests on ${run.first.connections} connections ` +
      `(${run.first.resumed} resumed), of its bytes ${run.first.fromClient} B from the client; steady ` +
      `${run.steady.requests} requests on ${run.steady.connections} connections ` +
      `(${run.steady.resumed} resumed), ${(run.steady.fromClient / STEADY_CHECKS).toFixed(0)} B a check ` +
      `from the client; Chromium's floor per fresh connection (empty answers): full handshake ` +
      `${floor.full.toFixed(0)} B, resumed ${floor.resumed.toFixed(0)} B; certificate chain ` +
      `${run.chainBytes} B (DER)`,
  )
  const bytes = (
    name: string,
    value: number,
    max: number,
    platform: number,
    perConnection: number,
  ) => belowFloor(figure(name, value, 'B', { max }), max, platform, perConnection)
  return [
    bytes(
      'through Chromium: first full check on a fresh profile (7 sources + cross-check), bytes both ways',
      run.first.bytes,
      16 * 1024,
      floors.first,
      run.first.connections * ABOVE_FLOOR_PER_CONNECTION,
    ),
    bytes(
      `through Chromium: steady check, 3 routes, bytes both ways (mean of ${STEADY_CHECKS})`,
      run.steadyBytes,
      6 * 1024,
      floors.steady,
      steadyConnections * ABOVE_FLOOR_PER_CONNECTION,
    ),
    figure(
      "through Chromium: first full check, bytes per connection above Chromium's floor",
      above.first,
      'B',
      { max: ABOVE_FLOOR_PER_CONNECTION },
    ),
    figure(
      "through Chromium: steady check, bytes per connection above Chromium's floor",
      above.steady,
      'B',
      { max: ABOVE_FLOOR_PER_CONNECTION },
    ),
    figure(
      'through Chromium: fresh connections that resumed the TLS session (steady checks)',
      (100 * run.steady.resumed) / run.steady.connections,
      '%',
      { min: 95 },
    ),
    info(
      'through Chromium: full check with TLS sessions kept, bytes both ways',
      run.warmFullBytes,
      'B',
    ),
  ]
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.stdout.write(`${formatTable(await benchChromiumBytes())}\n`)
