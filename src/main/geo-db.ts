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
