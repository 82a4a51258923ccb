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
