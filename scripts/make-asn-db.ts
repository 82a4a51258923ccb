// Packs the IP → ASN data of the @ip-location-db/asn package (RouteViews + RIR statistics + DB-IP
// ASN Lite, CC BY 4.0) and the published relay egress ranges saved in scripts/network-lists/
// (iCloud Private Relay, WARP's IPv6, VPN providers' servers) into resources/asn.bin (run: npm run
// asn-db). Commit the result with the versions it came from (docs/data.md); the app never loads
// the 64 MB of CSV itself.
import { statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { encodeAsnTable } from '../src/shared/network-owner/asn-table-encode'
import { asnDataVersion, readAsnRows } from './network-kinds/asn-data'
import { readRelayRanges } from './network-kinds/relay-ranges'

const v4 = readAsnRows(4)
const v6 = readAsnRows(6)
const relays = readRelayRanges()
const target = path.resolve('resources/asn.bin')
writeFileSync(target, encodeAsnTable(v4, v6, relays))
console.log(
  `@ip-location-db/asn ${asnDataVersion()}: ${v4.length} IPv4 + ${v6.length} IPv6 ranges, ` +
    `${relays.v4.length} + ${relays.v6.length} relay ranges → ` +
    `${(statSync(target).size / 1e6).toFixed(2)} MB at ${target}`,
)
