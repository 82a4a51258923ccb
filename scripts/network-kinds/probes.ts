// Published IPv6 exits of hosting networks that the ASN data has (or had) no row for: npm run
// known-networks looks each up in the packed table, so an exit with no owner shows by name.

/** One exit address and the operator whose servers answer on it. */
export interface Ipv6Probe {
  readonly operator: string
  readonly ip: string
  readonly source: string
}

/** DigitalOcean's regional IPv6 outside the few rows the data has in 2604:a880::/32, and M247's. */
export const ipv6Probes: readonly Ipv6Probe[] = [
  {
    operator: 'DigitalOcean (SFO2)',
    ip: '2604:a880:4:1d0::1',
    source: 'a droplet address of the SFO2 region, in DigitalOcean 2604:a880::/32 (AS14061)',
  },
  {
    operator: 'DigitalOcean (NYC3)',
    ip: '2604:a880:400:d1::1',
    source: 'a droplet address of the NYC3 region, in DigitalOcean 2604:a880::/32 (AS14061)',
  },
  {
    operator: 'M247',
    ip: '2a0d:5600::1',
    source: 'M247 Europe SRL 2a0d:5600::/29 (v6-allocations.txt), VPN providers rent exits there',
  },
]
