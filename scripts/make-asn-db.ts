// Packs the IP → ASN data of the @ip-location-db/asn package (RouteViews + RIR statistics + DB-IP
// ASN Lite, CC BY 4.0), its IPv6 holes filled from the routing data and from saved registry
// allocations (fill-v6.ts, allocations.ts), and the published relay egress ranges saved in
// scripts/network-lists/ (iCloud Private Relay, WARP's IPv6, VPN providers' servers, Tor exits)
// into resources/asn.bin (run: npm run asn-db). Commit the result with the versions it came from
// (docs/data.md); the app never loads the 64 MB of CSV.
import { statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { encodeAsnTable } from '../src/shared/network-owner/asn-table-encode'
import { readAllocations } from './network-kinds/allocations'
import { announcedV6 } from './network-kinds/announced'
import { asnDataVersion, readAsnRows } from './network-kinds/asn-data'
import { fillAllocations, fillV6, withFills } from './network-kinds/fill-v6'
import { readRelayRanges } from './network-kinds/relay-ranges'

const v4 = readAsnRows(4)
const v6 = readAsnRows(6)
const routed = fillV6(v6, announcedV6('resources/iptoasn-country.mmdb'))
const fills = [...routed, ...fillAllocations(withFills(v6, routed), readAllocations())]
const relays = readRelayRanges({ 4: v4, 6: v6 })
const target = path.resolve('resources/asn.bin')
writeFileSync(target, encodeAsnTable(v4, withFills(v6, fills), relays))
console.log(
  `@ip-location-db/asn ${asnDataVersion()}: ${v4.length} IPv4 + ${v6.length} IPv6 ranges ` +
    `(+ ${fills.length} IPv6 holes filled), ` +
    `${relays.v4.length} + ${relays.v6.length} relay ranges → ` +
    `${(statSync(target).size / 1e6).toFixed(2)} MB at ${target}`,
)
