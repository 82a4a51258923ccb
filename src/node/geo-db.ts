import { readFileSync } from 'node:fs'
import { Reader, type CountryResponse } from 'maxmind'
import { toCountryCode, type CountryCode } from '../shared/country'
import { createLogger } from '../shared/logger'

const log = createLogger('geo-db')

interface CountryRecord {
  readonly country_code?: string
}

/** The offline IP → country database: one in-memory reader, opened once, a look-up per IP. */
export interface GeoDb {
  readonly locate: (ip: string) => CountryCode | null
}

/**
 * Opens the shipped `.mmdb` (ip-location-db's geo-whois-asn-country, CC BY 4.0 NRO). Reading the
 * file into memory once keeps each look-up at about a microsecond.
 */
export function openGeoDb(file: string): GeoDb {
  const reader = new Reader<CountryResponse>(readFileSync(file))
  // The same few exit IPs are located on every full check: remember the last answers.
  const recent = new Map<string, CountryCode | null>()
  return {
    locate: (ip) => {
      const known = recent.get(ip)
      if (known !== undefined) return known
      let country: CountryCode | null
      try {
        country = toCountryCode((reader.get(ip) as CountryRecord | null)?.country_code)
      } catch {
        country = null
      }
      if (recent.size >= 64) recent.clear()
      recent.set(ip, country)
      return country
    },
  }
}

/** A database that knows nothing, for when the file is missing: every exit stays "unknown". */
export const emptyGeoDb: GeoDb = { locate: () => null }

/** Opens the database, or says why not and knows nothing: a missing file must not stop start-up. */
export function openGeoDbOrEmpty(
  file: string,
  onMissing: (error: unknown) => void = (error) =>
    log.error('offline country database missing; countries come from traces only', {
      error: String(error),
    }),
): GeoDb {
  try {
    return openGeoDb(file)
  } catch (error) {
    onMissing(error)
    return emptyGeoDb
  }
}
