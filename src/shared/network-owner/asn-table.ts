import { asnTableMagic } from './asn-table-encode'
import { ipKey } from './ip-key'
import { isRelayId, type NetworkOwner, type OfflineNetwork, type RelayId } from './types'

/** One family's rows: sorted starts (IPv6 /64 keys as two halves) and their record numbers. */
interface Rows4 {
  readonly keys: Uint32Array
  readonly values: Uint32Array
}
interface Rows6 {
  readonly hi: Uint32Array
  readonly lo: Uint32Array
  readonly values: Uint32Array
}

/** The packed IP → ASN table as typed-array views over one buffer (no copy, no parsing per row). */
export interface AsnTable {
  readonly v4Keys: Uint32Array
  readonly v4Values: Uint32Array
  readonly v6Hi: Uint32Array
  readonly v6Lo: Uint32Array
  readonly v6Values: Uint32Array
  /** Published relay egress ranges (iCloud Private Relay, WARP, VPN servers), record org = relay id. */
  readonly relay4: Rows4
  readonly relay6: Rows6
  readonly asns: Uint32Array
  readonly orgEnds: Uint32Array
  readonly orgBytes: Uint8Array
}

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1

/**
 * Reads a table written by `encodeAsnTable`. Throws on a foreign or damaged file, so a caller can
 * fall back to "network unknown" instead of answering wrongly.
 */
export function decodeAsnTable(bytes: Uint8Array): AsnTable {
  if (!littleEndian) throw new Error('ASN table needs a little-endian machine')
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice()
  if (bytes.length < 32 || asnTableMagic.some((b, i) => bytes[i] !== b))
    throw new Error('not a PayLight ASN table')
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.length / 4))
  const [n4 = 0, n6 = 0, records = 0, orgLength = 0, r4 = 0, r6 = 0] = words.subarray(2, 8)
  let at = 8
  const take = (n: number) => words.subarray(at, (at += n))
  const v4Keys = take(n4)
  const v4Values = take(n4)
  const relay4 = { keys: take(r4), values: take(r4) }
  const v6Hi = take(n6)
  const v6Lo = take(n6)
  const v6Values = take(n6)
  const relay6 = { hi: take(r6), lo: take(r6), values: take(r6) }
  const table = {
    v4Keys,
    v4Values,
    v6Hi,
    v6Lo,
    v6Values,
    relay4,
    relay6,
    asns: take(records),
    orgEnds: take(records),
    orgBytes: bytes.subarray(at * 4, at * 4 + orgLength),
  }
  if (table.orgBytes.length !== orgLength || table.orgEnds.length !== records)
    throw new Error('ASN table is truncated')
  return table
}

/** Index of the last IPv4 row whose key is ≤ the key (−1 when the key is below every row). */
function rowOfV4(keys: Uint32Array, key: number): number {
  let low = 0
  let high = keys.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if ((keys[mid] ?? 0) > key) high = mid
    else low = mid + 1
  }
  return low - 1
}

/** The same for IPv6 /64 keys held as two 32-bit halves. */
function rowOfV6(hi: Uint32Array, lo: Uint32Array, keyHi: number, keyLo: number): number {
  let low = 0
  let high = hi.length
  while (low < high) {
    const mid = (low + high) >>> 1
    const h = hi[mid] ?? 0
    if (h > keyHi || (h === keyHi && (lo[mid] ?? 0) > keyLo)) high = mid
    else low = mid + 1
  }
  return low - 1
}

const decoder = new TextDecoder()

/** The owner a record number stands for (null for 0, "no data"); measuring scripts walk rows by it. */
export function ownerAt(table: AsnTable, record: number): NetworkOwner | null {
  if (record === 0) return null
  const start = record > 1 ? (table.orgEnds[record - 2] ?? 0) : 0
  const end = table.orgEnds[record - 1] ?? start
  return {
    asn: table.asns[record - 1] ?? 0,
    org: decoder.decode(table.orgBytes.subarray(start, end)),
  }
}

function recordOf(owners: Rows4, owners6: Rows6, ip: string): number {
  const key = ipKey(ip.trim())
  if (!key) return 0
  return key.family === 4
    ? (owners.values[rowOfV4(owners.keys, key.v4)] ?? 0)
    : (owners6.values[rowOfV6(owners6.hi, owners6.lo, key.hi, key.lo)] ?? 0)
}

/** The network that announces an address, or null when the data has none (or it is no address). */
export function lookupAsn(table: AsnTable, ip: string): NetworkOwner | null {
  const owners = { keys: table.v4Keys, values: table.v4Values }
  const owners6 = { hi: table.v6Hi, lo: table.v6Lo, values: table.v6Values }
  return ownerAt(table, recordOf(owners, owners6, ip))
}

/** The published relay range an address falls in (matched by prefix, whoever announces it). */
export function lookupRelay(table: AsnTable, ip: string): RelayId | null {
  const id = ownerAt(table, recordOf(table.relay4, table.relay6, ip))?.org ?? null
  return id !== null && isRelayId(id) ? id : null
}

/** What the offline data knows about an address: its owner and its relay range, or null for neither. */
export function lookupOffline(table: AsnTable, ip: string): OfflineNetwork | null {
  const owner = lookupAsn(table, ip)
  const relay = lookupRelay(table, ip)
  if (!owner && !relay) return null
  return { asn: owner?.asn ?? null, org: owner?.org ?? null, ...(relay ? { relay } : {}) }
}

/** Every (ASN, organisation) pair the table holds, to check curated lists against the data. */
export function* tableOwners(table: AsnTable): Generator<NetworkOwner> {
  let start = 0
  for (let i = 0; i < table.asns.length; i++) {
    const end = table.orgEnds[i] ?? start
    const asn = table.asns[i] ?? 0
    // Relay records carry no ASN (0): they name a relay, not an operator.
    if (asn > 0) yield { asn, org: decoder.decode(table.orgBytes.subarray(start, end)) }
    start = end
  }
}
