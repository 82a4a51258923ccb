/** Whether a merchant serves people in a country, as far as its published list shows. */
export type RegionService = 'served' | 'not-served' | 'unknown'

/** Where a region list came from: the document, when it was read, and how complete the copy is. */
export interface RegionListSource {
  readonly url: string
  readonly title: string
  /** ISO date the copy was read. */
  readonly retrieved: string
  /** True only when the whole list was read: then an unlisted country is "not served". */
  readonly complete: boolean
  /** What part of the list the copy covers, when it is not complete. */
  readonly coverage?: string
}

/** Why a country is known not to be served (or only in part), with where that can be seen. */
export interface NotServedEvidence {
  readonly code: string
  readonly evidence: string
  readonly url: string
}

/** A merchant's published regions, with provenance for every part. */
export interface MerchantRegions {
  readonly merchantId: string
  readonly sources: readonly RegionListSource[]
  readonly served: readonly string[]
  readonly notServed: readonly NotServedEvidence[]
  /** Listed with parts excluded (e.g. Ukraine without Crimea): a country-level exit stays unknown. */
  readonly partlyServed: readonly NotServedEvidence[]
  /** The merchant's own words on whether the card's or billing country must also be served. */
  readonly billingCountryStatement: string | null
}
