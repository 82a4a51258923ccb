import { readFileSync } from 'node:fs'
import { decodeAsnTable, lookupOffline } from '../shared/network-owner/asn-table'
import type { OfflineNetwork } from '../shared/network-owner/types'

/** Offline IP → network owner and relay range, opened once; a look-up per new exit IP. */
export interface AsnDb {
  readonly owner: (ip: string) => OfflineNetwork | null
}

/**
 * Opens the shipped resources/asn.bin (RouteViews + NRO + DB-IP data via ip-location-db, CC BY 4.0,
 * with the published relay egress ranges packed beside it). The file is read once into memory;
 * look-ups are a binary search over typed arrays.
 */
export function openAsnDb(file: string): AsnDb {
  const table = decodeAsnTable(readFileSync(file))
  return { owner: (ip) => lookupOffline(table, ip) }
}

/** A database that knows nothing, for when the file is missing or damaged: owners stay unknown. */
export const emptyAsnDb: AsnDb = { owner: () => null }

/** Opens the ASN data, or says why not and knows nothing: a missing file must not stop start-up. */
export function openAsnDbOrEmpty(file: string, onMissing: (error: unknown) => void): AsnDb {
  try {
    return openAsnDb(file)
  } catch (error) {
    onMissing(error)
    return emptyAsnDb
  }
}
