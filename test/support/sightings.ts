import type { CountryCode } from '../../src/shared/geo/country'
import type { Sighting } from '../../src/shared/monitor/observation'
import type { SourceFamily, SourceKind } from '../../src/shared/net/sources'

/** A sighting for tests: an IP (or a failure when null) and the country the edge reported. */
export function sighting(
  source: string,
  kind: SourceKind,
  ip: string | null,
  country: string | null,
  family: SourceFamily = 'any',
): Sighting {
  if (ip === null) {
    return {
      source,
      url: `https://${source}.test/`,
      kind,
      family,
      ip: null,
      ipFamily: null,
      country: null,
      rawCountry: null,
      failure: { code: 'timeout', detail: 'no answer' },
      elapsedMs: 8000,
    }
  }
  return {
    source,
    url: `https://${source}.test/`,
    kind,
    family,
    ip,
    ipFamily: ip.includes(':') ? 6 : 4,
    country: country as CountryCode | null,
    rawCountry: kind === 'echo' ? null : (country ?? 'XX'),
    failure: null,
    elapsedMs: 20,
  }
}
