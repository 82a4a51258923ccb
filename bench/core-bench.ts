import { openGeoDb } from '../src/node/geo-db'
import { runFullCheck, runProbe, type CheckDeps } from '../src/shared/monitor/run-check'
import type { FetchFn } from '../src/shared/net/fetch-text'
import { defaultSources, type SourceSpec } from '../src/shared/net/sources'
import { fixture, traceBody } from '../test/support/provider-bodies'
import { figure, type Figure } from './figures'
import { microsPerCall } from './measure'

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

/** The core's own CPU per check with sources that answer at once: parsing, locating, building. */
export async function benchCoreTime(): Promise<Figure[]> {
  const db = openGeoDb('resources/geo-whois-asn-country.mmdb')
  const deps: CheckDeps = {
    fetch: instantFetch(),
    sources: defaultSources,
    locate: db.locate,
    crossCheck: null,
    now: Date.now,
  }
  const full = await runFullCheck(deps)
  const fullMs = (await microsPerCall(() => runFullCheck(deps), 200)) / 1000
  const probeMs = (await microsPerCall(() => runProbe(deps, full), 2000)) / 1000
  return [
    figure('full check, core CPU (7 sources, in-memory answers)', fullMs, 'ms', { max: 1 }),
    figure('steady-state check, core CPU (in-memory answer)', probeMs, 'ms', { max: 0.2 }),
  ]
}
