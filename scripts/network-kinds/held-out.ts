// Web and cloud hosts chosen before the word rules and the sibling widening were written, and
// never added to a list for being missed: recall on them is measured, never tuned. Each with its
// PeeringDB record and what the operator sells.
import type { SampleNetwork } from './samples'

const pdb = (asn: number) => `https://www.peeringdb.com/asn/${asn}`
/** A sample network with its PeeringDB records and what the operator sells. */
export const net = (operator: string, asns: number[], what: string): SampleNetwork => ({
  operator,
  asns,
  source: `${asns.map(pdb).join(' ')}; ${what}`,
})

/** Web and cloud hosts chosen before the rules were written (most are in the licensed list). */
export const heldOutChosen: readonly SampleNetwork[] = [
  net('Hostinger', [47583], 'web hosting and VPS'),
  net('IONOS', [8560], 'web hosting, VPS and cloud'),
  net('netcup', [197540], 'VPS and root servers'),
  net('Selectel', [49505], 'cloud and dedicated servers'),
  net('Beget', [198610], 'web hosting and VPS'),
  net('Aruba', [31034], 'hosting and cloud'),
  net('Host Europe', [20773], 'hosting'),
  net('Rackspace', [27357], 'managed hosting'),
  net('Equinix Metal (Packet)', [54825], 'bare-metal cloud'),
  net('IBM Cloud', [36351], 'cloud'),
  net('UpCloud', [202053], 'cloud servers'),
  net('Exoscale (Akenes)', [61098], 'cloud servers'),
  net('Cloudzy (RouterHosting)', [14956], 'VPS'),
  net('SAKURA Internet', [9370], 'VPS and dedicated servers'),
  net('GMO Internet (ConoHa)', [7506], 'VPS and hosting'),
  net('Baidu AI Cloud', [38365], 'cloud'),
  net('NAVER Cloud', [23576], 'cloud'),
  net('Yandex Cloud', [200350], 'cloud'),
  net('A2 Hosting', [55293], 'web hosting and VPS'),
  net('InMotion Hosting', [22611], 'web hosting and VPS'),
  net('Liquid Web', [32244], 'dedicated servers and VPS'),
  net('GoDaddy', [26496], 'web hosting and VPS'),
  net('Unified Layer (Bluehost)', [46606], 'web hosting'),
  net('DreamHost', [26347], 'web hosting and VPS'),
  net('WebNX', [18450], 'dedicated servers'),
  net('Nocix', [33387], 'dedicated servers'),
  net('InterServer', [19318], 'VPS and dedicated servers'),
]
