import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { generate } from 'selfsigned'
import { createNodeFetch } from '../src/cli/node-net'
import { openGeoDb } from '../src/node/geo-db'
import { runFullCheck, runProbe, type CheckDeps } from '../src/shared/monitor/run-check'
import { defaultMerchants } from '../src/shared/merchant/watched'
import { defaultSources, sourcesFor, type SourceSpec } from '../src/shared/net/sources'

// The sources a full check for the default merchant (OpenAI) asks: another merchant's edge is not.
const asked = sourcesFor(defaultSources, defaultMerchants)
import { fixture, traceBody } from '../test/support/provider-bodies'
import { figure, info, type Figure } from './figures'
import type { ServerSetup, ServerTotals } from './https-server'
import { collect, median, progress } from './measure'
import { bareTlsRoutes } from './tls-floor'

const steadyRoutes = new Set(['chatgpt', 'cf-v4', 'cf-v6'])
const BATCHES = 15
// What the client (HTTP, the Response, the check's own logic) may add per check above bare TLS GETs
// over as many connections, in ms: measured 0.80–1.04, 1.1–3.2 and 3.7–5.5 (about 1 ms a route);
// a regression that doubles the client's share fails.
const ABOVE_FLOOR = { one: 1.5, three: 4.5, full: 9 }

/** A realistic answer per default source: a US IPv4 exit and a Chinese IPv6 exit. */
function body(source: SourceSpec): string {
  if (source.parser === 'plain-ip') return source.family === 'v6' ? '240e:3b7::1' : '104.28.41.17'
  return source.family === 'v6'
    ? fixture('cloudflare-trace-v6.txt')
    : traceBody('104.28.41.17', 'US')
}

interface BenchServer {
  readonly port: number
  /** What the server saw since the last call, once every connection has closed. */
  totals(): Promise<ServerTotals>
  stop(): Promise<void>
}

async function startServer(setup: ServerSetup): Promise<BenchServer> {
  const script = fileURLToPath(new URL('./https-server.ts', import.meta.url))
  const child: ChildProcess = fork(script, [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' })
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port))
    child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)))
    child.send(setup)
  })
  const ask = () =>
    new Promise<ServerTotals>((resolve) => {
      child.once('message', (m) => resolve(m as ServerTotals))
      child.send({ totals: true })
    })
  return {
    port,
    totals: async () => {
      // The server counts a connection's bytes when it closes: give the last one a moment.
      await new Promise((resolve) => setTimeout(resolve, 100))
      const totals = await ask()
      if (totals.open > 0) throw new Error(`${totals.open} connections still open`)
      return totals
    },
    stop: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.disconnect()
      await exited
    },
  }
}

const zeroTotals: ServerTotals = { connections: 0, requests: 0, resumed: 0, bytes: 0, open: 0 }
const addTotals = (a: ServerTotals, b: ServerTotals): ServerTotals => ({
  connections: a.connections + b.connections,
  requests: a.requests + b.requests,
  resumed: a.resumed + b.resumed,
  bytes: a.bytes + b.bytes,
  open: 0,
})

/** CPU per call of `perBatch` calls of `run`, in ms, after a garbage collection. */
async function batchCpuMs(run: () => Promise<unknown>, perBatch: number): Promise<number> {
  collect()
  const start = process.cpuUsage()
  for (let i = 0; i < perBatch; i++) await run()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000 / perBatch
}

/**
 * One kind of check, `perBatch` at a time in {@link BATCHES} batches, each batch right after one
 * of its `floor` (bare TLS over as many connections), so both see the same machine: the client's
 * own CPU per check, the floor's, and the median of their per-batch differences; and what the
 * server saw of the client alone: connections, requests, resumed sessions and bytes per check.
 * Each request must have had a connection of its own.
 */
async function cost(
  server: BenchServer,
  run: () => Promise<unknown>,
  floor: () => Promise<unknown>,
  perBatch: number,
) {
  // One untimed batch of each first: code compiled and TLS sessions kept before the clock runs.
  for (let i = 0; i < perBatch; i++) await floor()
  for (let i = 0; i < perBatch; i++) await run()
  await server.totals()
  const cpu: number[] = []
  const floors: number[] = []
  const above: number[] = []
  let seen = zeroTotals
  for (let b = 0; b < BATCHES; b++) {
    const floorMs = await batchCpuMs(floor, perBatch)
    await server.totals() // the floor's traffic is not the client's
    const clientMs = await batchCpuMs(run, perBatch)
    seen = addTotals(seen, await server.totals())
    floors.push(floorMs)
    cpu.push(clientMs)
    above.push(clientMs - floorMs)
  }
  const checks = perBatch * BATCHES
  if (seen.connections !== seen.requests)
    throw new Error(`${seen.requests} requests on ${seen.connections} connections`)
  return {
    ...seen,
    cpuMs: median(cpu),
    floorMs: median(floors),
    aboveMs: median(above),
    bytes: seen.bytes / checks,
    checks,
  }
}

/**
 * The CLI's client against a local HTTPS server in a child process: own CPU and bytes on the wire
 * per probed route, per steady-state check (merchant + IPv4 + IPv6) and per full check. Every
 * request is a fresh connection resuming the TLS session, as in the field.
 */
export async function benchHttps(): Promise<Figure[]> {
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  })
  const bodies = Object.fromEntries(asked.map((s) => [`/${s.name}`, body(s)]))
  const server = await startServer({ cert: pems.cert, key: pems.private, bodies })
  try {
    const db = openGeoDb('resources/geo-whois-asn-country.mmdb')
    // No proxy from the machine's environment: the bench measures the direct route.
    const fetch = createNodeFetch({ ca: pems.cert, env: {} })
    const list = (probe: (s: SourceSpec) => boolean) =>
      asked.map((s) => ({
        ...s,
        url: `https://127.0.0.1:${server.port}/${s.name}`,
        probe: probe(s),
      }))
    const deps = (sources: readonly SourceSpec[]): CheckDeps => ({
      fetch,
      sources,
      locate: db.locate,
      crossCheck: null,
      now: Date.now,
    })
    const oneRoute = deps(list((s) => s.name === 'chatgpt'))
    const threeRoutes = deps(list((s) => steadyRoutes.has(s.name)))
    const previous = await runFullCheck(oneRoute)
    const failed = previous.sightings.filter((s) => s.failure)
    if (failed.length > 0) throw new Error(`bench server: ${JSON.stringify(failed[0]?.failure)}`)
    const probe = async (d: CheckDeps) => {
      const outcome = await runProbe(d, previous)
      if (outcome.kind !== 'unchanged') throw new Error(`probe saw ${outcome.kind}`)
    }
    // The floor under each figure: the same number of connections as bare TLS GETs, no client.
    const paths = (n: number) => asked.slice(0, n).map((s) => `/${s.name}`)
    const bare = (n: number, tls: '1.3' | '1.2' = '1.3') =>
      bareTlsRoutes(pems.cert, server.port, paths(n), tls)
    const one = await cost(server, () => probe(oneRoute), bare(1), 40)
    const three = await cost(server, () => probe(threeRoutes), bare(3), 20)
    const full = await cost(server, () => runFullCheck(oneRoute), bare(asked.length), 10)
    // For comparison only: TLS 1.2 ticket resumption skips the key exchange TLS 1.3 still does.
    const tls12 = await cost(server, bare(1, '1.2'), bare(1), 40)
    progress(
      `    floor, bare node:tls resumed GETs (TLS 1.3), CPU per check: 1 route ` +
        `${one.floorMs.toFixed(2)} ms, 3 routes ${three.floorMs.toFixed(2)} ms, ` +
        `${asked.length} routes ${full.floorMs.toFixed(2)} ms; 1 route on TLS 1.2 ` +
        `tickets ${tls12.cpuMs.toFixed(2)} ms (resumed ${tls12.resumed} of ${tls12.connections})`,
    )
    for (const [kind, routes] of [
      [one, 1],
      [three, 3],
      [full, asked.length],
    ] as const) {
      if (kind.requests !== kind.checks * routes)
        throw new Error(`${kind.requests} requests for ${kind.checks * routes} expected`)
    }
    const requests = one.requests + three.requests + full.requests
    const resumed = one.resumed + three.resumed + full.resumed
    // The client's CPU as such is shown for information: most of it is Node's TLS (the floor, in the
    // progress line), which no client code can go below. What the client adds above that floor is
    // what the client's code decides, and it has targets.
    return [
      info('probe, one route: client CPU (HTTPS, fresh connection)', one.cpuMs, 'ms'),
      info('steady-state check, merchant + IPv4 + IPv6: client CPU', three.cpuMs, 'ms'),
      info('full check, 7 sources: client CPU', full.cpuMs, 'ms'),
      figure('probe, one route: client CPU above bare TLS', one.aboveMs, 'ms', {
        max: ABOVE_FLOOR.one,
      }),
      figure('steady-state check: client CPU above bare TLS', three.aboveMs, 'ms', {
        max: ABOVE_FLOOR.three,
      }),
      figure('full check: client CPU above bare TLS', full.aboveMs, 'ms', {
        max: ABOVE_FLOOR.full,
      }),
      figure('probe, one route: bytes on the wire (both ways)', one.bytes, 'B', { max: 2048 }),
      figure('steady-state check, 3 routes: bytes on the wire', three.bytes, 'B', { max: 5120 }),
      figure('full check, 7 sources: bytes on the wire', full.bytes, 'B', { max: 7 * 2048 }),
      figure('fresh connections that resumed the TLS session', (100 * resumed) / requests, '%', {
        min: 99,
      }),
    ]
  } finally {
    await server.stop()
  }
}
