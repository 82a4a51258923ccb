import { readFileSync } from 'node:fs'
import { Reader, type CountryResponse } from 'maxmind'
import { toCountryCode, type CountryCode } from '../shared/country'

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
  return {
    locate: (ip) => {
      try {
        return toCountryCode((reader.get(ip) as CountryRecord | null)?.country_code)
      } catch {
        return null
      }
    },
  }
}

/** A database that knows nothing, for when the file is missing: every exit stays "unknown". */
export const emptyGeoDb: GeoDb = { locate: () => null }
