// Reads the organisation names of @ip-location-db/asn (the data resources/asn.bin is packed from).
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)
const packageDir = path.dirname(require.resolve('@ip-location-db/asn/package.json'))

/** One `start,end,asn,organisation` row of the package's numeric CSV files. */
export interface AsnRow {
  readonly start: bigint
  readonly end: bigint
  readonly asn: number
  readonly org: string
}

/** Every row of one family's CSV (numeric addresses; the name may be quoted). */
export function readAsnRows(family: 4 | 6): AsnRow[] {
  const rows: AsnRow[] = []
  const file = path.join(packageDir, `asn-ipv${family}-num.csv`)
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue
    const [start = '', end = '', asn = ''] = line.split(',', 3)
    let org = line.slice(start.length + end.length + asn.length + 3)
    if (org.startsWith('"')) org = org.slice(1, -1).replaceAll('""', '"')
    rows.push({ start: BigInt(start), end: BigInt(end), asn: Number(asn), org })
  }
  return rows
}

/** The row holding a numeric address, by binary search over rows sorted by start; null in a gap. */
export function rowAt(rows: readonly AsnRow[], address: bigint): AsnRow | null {
  let low = 0
  let high = rows.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if ((rows[mid]?.end ?? 0n) < address) low = mid + 1
    else high = mid
  }
  const row = rows[low]
  return row && row.start <= address ? row : null
}

/** The package's version, to record beside what is derived from it. */
export function asnDataVersion(): string {
  return (
    JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string }
  ).version
}

/** ASN → its organisation names, and organisation name → its ASNs, over both families. */
export function readAsnOrganisations(): {
  orgsOf: Map<number, Set<string>>
  asnsOf: Map<string, Set<number>>
} {
  const orgsOf = new Map<number, Set<string>>()
  const asnsOf = new Map<string, Set<number>>()
  for (const family of [4, 6] as const)
    for (const { asn, org } of readAsnRows(family)) {
      orgsOf.set(asn, (orgsOf.get(asn) ?? new Set()).add(org))
      asnsOf.set(org, (asnsOf.get(org) ?? new Set()).add(asn))
    }
  return { orgsOf, asnsOf }
}
