// Packs the IP → ASN data of the @ip-location-db/asn package (RouteViews + RIR statistics + DB-IP
// ASN Lite, CC BY 4.0) into resources/asn.bin (run: npm run asn-db). Commit the result with the
// package version it came from (docs/data.md); the app never loads the 64 MB of CSV itself.
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { encodeAsnTable } from '../src/shared/network-owner/asn-table-encode'
import type { AsnRange } from '../src/shared/network-owner/types'

const require = createRequire(import.meta.url)
const packageFile = require.resolve('@ip-location-db/asn/package.json')
const packageDir = path.dirname(packageFile)
const { version } = JSON.parse(readFileSync(packageFile, 'utf8')) as { version: string }

/** Reads `start,end,asn,organisation` rows (numeric addresses; the name may be quoted). */
function readRanges(file: string): AsnRange[] {
  const ranges: AsnRange[] = []
  for (const line of readFileSync(path.join(packageDir, file), 'utf8').split('\n')) {
    if (!line) continue
    const [start = '', end = '', asn = ''] = line.split(',', 3)
    let org = line.slice(start.length + end.length + asn.length + 3)
    if (org.startsWith('"')) org = org.slice(1, -1).replaceAll('""', '"')
    ranges.push({ start: BigInt(start), end: BigInt(end), asn: Number(asn), org })
  }
  return ranges
}

const v4 = readRanges('asn-ipv4-num.csv')
const v6 = readRanges('asn-ipv6-num.csv')
const target = path.resolve('resources/asn.bin')
writeFileSync(target, encodeAsnTable(v4, v6))
console.log(
  `@ip-location-db/asn ${version}: ${v4.length} IPv4 + ${v6.length} IPv6 ranges → ` +
    `${(statSync(target).size / 1e6).toFixed(2)} MB at ${target}`,
)
