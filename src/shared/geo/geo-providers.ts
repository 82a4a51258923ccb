import { z } from 'zod'
import { toCountryCode, type CountryCode } from './country'
import { assertNever } from '../util/assert-never'
import type { NetworkOwner } from '../network-owner/types'
import { ownerFromGeoRecord } from './geo-owner'

/** The response formats of the keyless online geolocation services we can cross-check with. */
export const geoParserNames = ['ipwhois', 'ipapi', 'country-is'] as const
/** See {@link geoParserNames}. */
export type GeoParserName = (typeof geoParserNames)[number]

/** A declarative cross-check provider; `{ip}` in the URL is replaced by the address. */
export const geoProviderSchema = z
  .object({
    name: z.string().min(1).max(40),
    url: z
      .string()
      .max(300)
      .refine((value) => value.includes('{ip}') && /^https?:\/\//.test(value), {
        message: 'url must be http(s) and contain {ip}',
      }),
    parser: z.enum(geoParserNames),
    /** The provider's own rate limit, as the least spacing between two requests. */
    minIntervalMs: z.number().int().min(0).max(86_400_000).default(1000),
  })
  .strict()

/** See {@link geoProviderSchema}. */
export type GeoProvider = z.infer<typeof geoProviderSchema>

/**
 * Keyless HTTPS providers, asked in this order, once per new IP. ipwho.is allows about one request
 * a second, ipapi.co about 1,000 a day; country.is publishes no limit, so we space it as well.
 */
export const defaultGeoProviders: readonly GeoProvider[] = [
  { name: 'ipwho.is', url: 'https://ipwho.is/{ip}', parser: 'ipwhois', minIntervalMs: 1500 },
  {
    name: 'country.is',
    url: 'https://api.country.is/{ip}',
    parser: 'country-is',
    minIntervalMs: 2000,
  },
  { name: 'ipapi.co', url: 'https://ipapi.co/{ip}/json/', parser: 'ipapi', minIntervalMs: 90_000 },
]

/** Why a provider's answer is not a country. */
export type GeoRejection = 'rate-limited' | 'refused' | 'garbage' | 'ip-mismatch'

/** A provider's answer about one IP. */
export type GeoAnswer =
  | {
      readonly ok: true
      readonly country: CountryCode | null
      /** The network owner, when the answer carries one (compared with the offline ASN data). */
      readonly owner?: NetworkOwner
    }
  | {
      readonly ok: false
      readonly reason: GeoRejection
      readonly detail: string
    }

function asRecord(body: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(body)
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, 80) : ''
}

function withOwner(
  parser: GeoParserName,
  record: Record<string, unknown>,
  country: CountryCode | null,
): GeoAnswer {
  const owner = ownerFromGeoRecord(parser, record)
  return owner ? { ok: true, country, owner } : { ok: true, country }
}

/** Reads a provider's JSON defensively; an answer about another IP is rejected, not trusted. */
export function parseGeoBody(parser: GeoParserName, body: string, askedIp: string): GeoAnswer {
  const record = asRecord(body)
  if (!record) return { ok: false, reason: 'garbage', detail: 'not a JSON object' }
  const answeredIp = typeof record.ip === 'string' ? record.ip : null
  if (answeredIp !== null && answeredIp !== askedIp) {
    return { ok: false, reason: 'ip-mismatch', detail: `answered about ${text(answeredIp)}` }
  }
  switch (parser) {
    case 'ipwhois':
      if (record.success === false)
        return { ok: false, reason: 'refused', detail: text(record.message) || 'success:false' }
      return withOwner(parser, record, toCountryCode(record.country_code))
    case 'ipapi':
      if (record.error === true) {
        const limited = /rate/i.test(text(record.reason))
        return {
          ok: false,
          reason: limited ? 'rate-limited' : 'refused',
          detail: text(record.reason) || 'error:true',
        }
      }
      return withOwner(parser, record, toCountryCode(record.country_code ?? record.country))
    case 'country-is':
      if ('error' in record)
        return { ok: false, reason: 'refused', detail: text(record.error) || 'error' }
      return { ok: true, country: toCountryCode(record.country) }
    default:
      return assertNever(parser)
  }
}
