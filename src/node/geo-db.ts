import { readFileSync } from 'node:fs'
import { Reader, type CountryResponse } from 'maxmind'
import { toCountryCode, type CountryCode } from '../shared/country'
import { createLogger } from '../shared/logger'
import type { LocalWitness } from '../shared/monitor/build-observation'

const log = createLogger('geo-db')
const RECENT = 4

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
  // The file holds one record per country (~150): caching decoded records by their offset skips
  // the decoder on every look-up, and the cache cannot outgrow the file's handful of records.
  const reader = new Reader<CountryResponse>(readFileSync(file), { cache: new Map() })
  const codes = new Map<string | undefined, CountryCode | null>()
  // A check locates the same few exits (merchant, IPv4, IPv6) again and again: the last few
  // answers sit in a tiny ring that costs a handful of string compares when an IP is new.
  const ips: string[] = []
  const countries: (CountryCode | null)[] = []
  let next = 0
  return {
    locate: (ip) => {
      for (let i = 0; i < ips.length; i++) if (ips[i] === ip) return countries[i] ?? null
      let country: CountryCode | null
      try {
        const raw = (reader.get(ip) as CountryRecord | null)?.country_code
        country = codes.get(raw) ?? toCountryCode(raw)
        if (!codes.has(raw)) codes.set(raw, country)
      } catch {
        country = null
      }
      ips[next] = ip
      countries[next] = country
      next = (next + 1) % RECENT
      return country
    },
  }
}

/**
 * Opens the second offline country database as a witness named `iptoasn`: built from routing
 * data rather than WHOIS, so its errors are not the first database's. Missing, it is left out
 * (an empty list) and said once; the first database still answers.
 */
export function openSecondWitness(
  file: string,
  onMissing: (error: unknown) => void = (error) =>
    log.error('second offline country database missing; one local witness only', {
      error: String(error),
    }),
): readonly LocalWitness[] {
  try {
    return [{ by: 'iptoasn', locate: openGeoDb(file).locate }]
  } catch (error) {
    onMissing(error)
    return []
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
