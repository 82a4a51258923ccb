import type { GeoProvider } from '../../src/shared/geo/geo-providers'
import { defaultSources, type SourceSpec } from '../../src/shared/net/sources'
import type { FakeServer } from './fake-server'

/** The default source list, each pointed at `/<name>` on the fake server (same kinds, families, parsers). */
export function fakeSourceList(server: FakeServer): SourceSpec[] {
  return defaultSources.map((s) => ({ ...s, url: server.url(`/${s.name}`) }))
}

/** The online cross-check providers, pointed at the fake server, without rate spacing. */
export function fakeGeoProviders(server: FakeServer): GeoProvider[] {
  return [
    { name: 'ipwho.is', url: server.url('/geo/ipwhois/{ip}'), parser: 'ipwhois', minIntervalMs: 0 },
    {
      name: 'country.is',
      url: server.url('/geo/countryis/{ip}'),
      parser: 'country-is',
      minIntervalMs: 0,
    },
  ]
}

/**
 * A source list without the IPv6-only sources: how the CLI is pointed at a machine with no IPv6
 * (a real route that cannot be reached is what "no IPv6" is; a local fake server cannot make one).
 */
export function v4Only(sources: readonly SourceSpec[]): SourceSpec[] {
  return sources.filter((s) => s.family !== 'v6')
}
