import { comparableCountry } from '../address/us-territories'
import { toCountryCode } from '../country'
import { anthropicRegionSources, anthropicListedRegions } from './regions-anthropic.generated'
import { openaiRegionSources, openaiListedRegions } from './regions-openai.generated'
import { anthropicNotServed, anthropicPartlyServed, openaiNotServed } from './not-served-evidence'
import type { MerchantRegions, RegionService } from './region-types'

/** Merchants whose published region lists PayLight ships. */
export type MerchantId = 'openai' | 'anthropic'

/** The region data of each merchant, with every source and the evidence behind "not served". */
export const merchantRegions: Readonly<Record<MerchantId, MerchantRegions>> = {
  openai: {
    merchantId: 'openai',
    sources: openaiRegionSources,
    served: openaiListedRegions,
    notServed: openaiNotServed,
    partlyServed: [],
    billingCountryStatement: null,
  },
  anthropic: {
    merchantId: 'anthropic',
    sources: anthropicRegionSources,
    served: anthropicListedRegions,
    notServed: anthropicNotServed,
    partlyServed: anthropicPartlyServed,
    billingCountryStatement: null,
  },
}

const named = (regions: MerchantRegions, code: string) =>
  regions.served.includes(code) ||
  regions.notServed.some((e) => e.code === code) ||
  regions.partlyServed.some((e) => e.code === code)

/**
 * Whether a region list serves an exit in this country: "served" only when the list names it
 * whole (a country listed with exclusions stays "unknown": the exit could be in the excluded part),
 * "not-served" when the whole list was read and omits it or a cited gap shows it is left out,
 * "unknown" otherwise — an unread part of a list must never read as served. A US territory the list
 * does not name is answered as the US: both merchants list "United States" and none of its
 * territories separately (nor exclude any, as Anthropic does parts of Ukraine), and the
 * territories are US jurisdiction with US cards and ZIP codes.
 */
export function regionService(regions: MerchantRegions, countryCode: string): RegionService {
  const given = toCountryCode(countryCode)
  if (!given) return 'unknown'
  const code = named(regions, given) ? given : comparableCountry(given)
  if (regions.partlyServed.some((e) => e.code === code)) return 'unknown'
  if (regions.served.includes(code)) return 'served'
  if (regions.notServed.some((e) => e.code === code)) return 'not-served'
  return regions.sources.some((s) => s.complete) ? 'not-served' : 'unknown'
}

/** Where a "not served" answer can be checked: the cited evidence, or the whole list and its date. */
export interface NotServedBasis {
  readonly url: string
  readonly retrieved: string
}

/** The source behind {@link regionService}'s "not served" for a country, or null when it is not. */
export function notServedBasis(merchantId: string, countryCode: string): NotServedBasis | null {
  if (servesRegion(merchantId, countryCode) !== 'not-served') return null
  const regions = merchantRegions[merchantId as MerchantId]
  const whole = regions.sources.find((s) => s.complete)
  const cited = regions.notServed.find((e) => e.code === comparableCountry(countryCode))
  if (whole) return { url: whole.url, retrieved: whole.retrieved }
  return cited ? { url: cited.url, retrieved: regions.sources[0]?.retrieved ?? '' } : null
}

/** {@link regionService} for a merchant by id; an unknown merchant answers "unknown". */
export function servesRegion(merchantId: string, countryCode: string): RegionService {
  if (!Object.hasOwn(merchantRegions, merchantId)) return 'unknown'
  return regionService(merchantRegions[merchantId as MerchantId], countryCode)
}
