import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { generate } from 'selfsigned'
import { createNodeFetch } from '../src/cli/node-net'
import { openGeoDb } from '../src/node/geo-db'
import { runFullCheck, runProbe, type CheckDeps } from '../src/shared/monitor/run-check'
import { defaultSources, type SourceSpec } from '../src/shared/net/sources'
import { fixture, traceBody } from '../test/support/provider-bodies'
import { figure, type Figure } from './figures'
import type { ServerSetup, ServerTotals } from './https-server'
import { collect, median, progress } from './measure'
import { bareTlsGet, bareTlsRoutes } from './tls-floor'

const steadyRoutes = new Set(['chatgpt', 'cf-v4', 'cf-v6'])
const BATCHES = 15

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

/**
 * One kind of check, `perBatch` at a time in {@link BATCHES} batches: the client's own CPU per
 * check (median over batches), and what the server saw: connections, requests, resumed TLS
 * sessions and bytes per check. Each request must have had a connection of its own.
 */
async function cost(server: BenchServer, run: () => Promise<unknown>, perBatch: number) {
  const cpu: number[] = []
  await server.totals()
  collect()
  for (let b = 0; b < BATCHES; b++) {
    const start = process.cpuUsage()
    for (let i = 0; i < perBatch; i++) await run()
    const used = process.cpuUsage(start)
    cpu.push((used.user + used.system) / 1000 / perBatch)
  }
  const seen = await server.totals()
  const checks = perBatch * BATCHES
  if (seen.connections !== seen.requests)
    throw new Error(`${seen.requests} requests on ${seen.connections} connections`)
  return { ...seen, cpuMs: median(cpu), bytes: seen.bytes / checks, checks }
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
  const bodies = Object.fromEntries(defaultSources.map((s) => [`/${s.name}`, body(s)]))
  const server = await startServer({ cert: pems.cert, key: pems.private, bodies })
  try {
    const db = openGeoDb('resources/geo-whois-asn-country.mmdb')
    // No proxy from the machine's environment: the bench measures the direct route.
    const fetch = createNodeFetch({ ca: pems.cert, env: {} })
    const list = (probe: (s: SourceSpec) => boolean) =>
      defaultSources.map((s) => ({
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
    const paths = (n: number) => defaultSources.slice(0, n).map((s) => `/${s.name}`)
    const floor1 = await cost(server, bareTlsGet(pems.cert, server.port, '/chatgpt'), 40)
    const floor3 = await cost(server, bareTlsRoutes(pems.cert, server.port, paths(3)), 20)
    const floor7 = await cost(server, bareTlsRoutes(pems.cert, server.port, paths(7)), 10)
    const floor12 = await cost(server, bareTlsGet(pems.cert, server.port, '/chatgpt', '1.2'), 40)
    progress(
      `    floor, bare node:tls resumed GETs (TLS 1.3), CPU per check: 1 route ` +
        `${floor1.cpuMs.toFixed(2)} ms, 3 routes ${floor3.cpuMs.toFixed(2)} ms, ` +
        `7 routes ${floor7.cpuMs.toFixed(2)} ms; 1 route on TLS 1.2 tickets ` +
        `${floor12.cpuMs.toFixed(2)} ms (resumed ${floor12.resumed} of ${floor12.connections})`,
    )
    const one = await cost(server, () => probe(oneRoute), 40)
    const three = await cost(server, () => probe(threeRoutes), 20)
    const full = await cost(server, () => runFullCheck(oneRoute), 10)
    progress(
      `    client above the floor: 1 route +${(one.cpuMs - floor1.cpuMs).toFixed(2)} ms, ` +
        `3 routes +${(three.cpuMs - floor3.cpuMs).toFixed(2)} ms, ` +
        `7 routes +${(full.cpuMs - floor7.cpuMs).toFixed(2)} ms`,
    )
    for (const [kind, routes] of [
      [one, 1],
      [three, 3],
      [full, defaultSources.length],
    ] as const) {
      if (kind.requests !== kind.checks * routes)
        throw new Error(`${kind.requests} requests for ${kind.checks * routes} expected`)
    }
    const requests = one.requests + three.requests + full.requests
    const resumed = one.resumed + three.resumed + full.resumed
    return [
      figure('probe, one route: client CPU (HTTPS, fresh connection)', one.cpuMs, 'ms', { max: 1 }),
      figure('steady-state check, merchant + IPv4 + IPv6: client CPU', three.cpuMs, 'ms', {
        max: 3,
      }),
      figure('full check, 7 sources: client CPU', full.cpuMs, 'ms', { max: 7 }),
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
