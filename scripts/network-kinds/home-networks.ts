// The networks known to serve homes and phones: the curated access networks and the home/mobile
// sample. No list, widening or saved relay address may flag them (a home line's address is handed
// to the next customer; a snapshot of Tor exits on it would flag that customer).
import { knownNetworks } from '../../src/shared/network-owner/known-networks'
import { homeSample } from './samples'

/** ASNs of the curated access networks and of every home/mobile sample network. */
export const homeAsns: ReadonlySet<number> = new Set([
  ...homeSample.flatMap((isp) => isp.asns),
  ...knownNetworks.filter((n) => n.kind === 'access').map((n) => n.asn),
])
