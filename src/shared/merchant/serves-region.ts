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

/**
 * Whether a region list serves an exit in this country: "served" only when the list names it
 * whole (a country listed with exclusions stays "unknown": the exit could be in the excluded part),
 * "not-served" when the whole list was read and omits it or a cited gap shows it is left out,
 * "unknown" otherwise — an unread part of a list must never read as served.
 */
export function regionService(regions: MerchantRegions, countryCode: string): RegionService {
  const code = toCountryCode(countryCode)
  if (!code || regions.partlyServed.some((e) => e.code === code)) return 'unknown'
  if (regions.served.includes(code)) return 'served'
  if (regions.notServed.some((e) => e.code === code)) return 'not-served'
  return regions.sources.some((s) => s.complete) ? 'not-served' : 'unknown'
}

/** {@link regionService} for a merchant by id; an unknown merchant answers "unknown". */
export function servesRegion(merchantId: string, countryCode: string): RegionService {
  if (!Object.hasOwn(merchantRegions, merchantId)) return 'unknown'
  return regionService(merchantRegions[merchantId as MerchantId], countryCode)
}
