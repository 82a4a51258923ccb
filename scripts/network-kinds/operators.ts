// Hosting, VPN and relay operators whose every ASN counts, matched by the organisation names the
// ASN data files them under (a cloud's newer ASN, a VPS host's regional ones). Names are specific
// enough not to meet a home ISP; `npm run known-networks` checks that on the home-ISP sample.
// Each operator's nature: its own site, or its PeeringDB organisation record.

/** One operator: a pattern over the data's organisation names, the kind, and where to check it. */
export interface Operator {
  readonly name: string
  readonly pattern: RegExp
  readonly kind: 'hosting' | 'vpn-or-relay'
  readonly source: string
}

const op = (name: string, pattern: RegExp, site: string, kind: Operator['kind'] = 'hosting') => ({
  name,
  pattern,
  kind,
  source: site,
})

/** Operators that sell servers, VPN exits or relay egress, and nothing a home user connects by. */
export const operators: readonly Operator[] = [
  op(
    'Amazon Web Services',
    /^Amazon(\.com|\s+Data Services|\s+Technologies)/i,
    'https://aws.amazon.com/',
  ),
  op('Google Cloud', /^Google (LLC|Cloud)/i, 'https://cloud.google.com/'),
  op('Microsoft Azure', /^Microsoft (Corporation|Limited)/i, 'https://azure.microsoft.com/'),
  op('Oracle Cloud', /^Oracle (Corporation|America)/i, 'https://www.oracle.com/cloud/'),
  op(
    'Alibaba Cloud',
    /^Alibaba \((US|China)\) Technology|^Alibaba Cloud|aliyun/i,
    'https://www.alibabacloud.com/',
  ),
  op('Tencent Cloud', /\bTencent\b/i, 'https://www.tencentcloud.com/'),
  op(
    'Huawei Cloud',
    /^Huawei (Cloud|International)|HUAWEI INTERNATIONAL/i,
    'https://www.huaweicloud.com/',
  ),
  op('Kingsoft Cloud', /kingsoft cloud/i, 'https://www.ksyun.com/'),
  op('UCloud', /\bUCloud\b/i, 'https://www.ucloud.cn/'),
  op('Volcano Engine', /volcano engine/i, 'https://www.volcengine.com/'),
  op('DigitalOcean', /digitalocean/i, 'https://www.digitalocean.com/'),
  op('Vultr', /^The Constant Company|\bVultr\b|\bChoopa\b/i, 'https://www.vultr.com/'),
  op('Linode / Akamai', /\bLinode\b|^Akamai/i, 'https://www.linode.com/'),
  op('Hetzner', /\bhetzner\b/i, 'https://www.hetzner.com/'),
  op('OVHcloud', /\bOVH\b/i, 'https://www.ovhcloud.com/'),
  op('Contabo', /\bcontabo\b/i, 'https://contabo.com/'),
  op('Scaleway', /\bscaleway\b/i, 'https://www.scaleway.com/'),
  op('Leaseweb', /\bleaseweb\b/i, 'https://www.leaseweb.com/'),
  op('M247', /\bM247\b/i, 'https://m247.com/'),
  op('Datacamp / CDN77', /\bdatacamp\b|\bCDN77\b/i, 'https://www.datacamp.co.uk/'),
  op('Zenlayer', /\bzenlayer\b/i, 'https://www.zenlayer.com/'),
  op('Clouvider', /\bclouvider\b/i, 'https://www.clouvider.com/'),
  op('Worldstream', /\bworldstream\b/i, 'https://www.worldstream.com/'),
  op('xTom', /\bxTom\b/i, 'https://xtom.com/'),
  op('DMIT', /^DMIT (Cloud|Inc)/i, 'https://www.dmit.io/'),
  op('IT7 Networks (BandwagonHost)', /\bIT7 Networks/i, 'https://bandwagonhost.com/'),
  op('Misaka Network', /misaka network/i, 'https://misaka.io/'),
  op('Kirino', /^Kirino LLC/i, 'https://www.peeringdb.com/asn/41378'),
  op('VMISS', /^VMISS\b/i, 'https://www.vmiss.com/'),
  op('GigsGigsCloud', /gigsgigs/i, 'https://www.gigsgigscloud.com/'),
  op('Akile', /^AKILE\b/i, 'https://akile.io/'),
  op('Aeza', /^Aeza\b/i, 'https://aeza.net/'),
  op('ByteVirt', /\bbytevirt\b/i, 'https://bytevirt.com/'),
  op('Cloudie', /^Cloudie (Networks|Limited)/i, 'https://www.cloudie.hk/'),
  op('Evoxt', /\bevoxt\b/i, 'https://www.evoxt.com/'),
  op('GreenCloudVPS', /^Greencloud\b/i, 'https://greencloudvps.com/'),
  op('LightLayer', /\blightlayer\b/i, 'https://lightlayer.net/'),
  op('HOSTKEY', /\bhostkey\b/i, 'https://hostkey.com/'),
  op('Gcore', /G-Core Labs|\bGcore\b/i, 'https://gcore.com/'),
  op('Edgevana', /\bedgevana\b/i, 'https://edgevana.com/'),
  op('Nexeon', /\bnexeon\b/i, 'https://www.nexeon.com/'),
  op('Tier.Net', /\btier\.net\b/i, 'https://www.tier.net/'),
  op('Spartan Host', /^Spartan Host\b/i, 'https://spartanhost.net/'),
  op('Pfcloud', /\bpfcloud\b/i, 'https://pfcloud.io/'),
  op('Serverius', /\bserverius\b/i, 'https://serverius.net/'),
  op('IncogNet', /\bincognet\b/i, 'https://incognet.io/'),
  op('JiuCloud', /\bjiucloud\b/i, 'https://www.peeringdb.com/asn/46176'),
  op('RackNerd / ColoCrossing', /\bracknerd\b|\bcolocrossing\b/i, 'https://www.racknerd.com/'),
  op('Psychz', /\bpsychz\b/i, 'https://www.psychz.net/'),
  op('QuadraNet', /\bquadranet\b/i, 'https://www.quadranet.com/'),
  op('Hostwinds', /\bhostwinds\b/i, 'https://www.hostwinds.com/'),
  op('FranTech / BuyVM', /\bfrantech\b|\bponynet\b|\bbuyvm\b/i, 'https://buyvm.net/'),
  op('HostHatch', /\bhosthatch\b/i, 'https://hosthatch.com/'),
  op('Kamatera', /\bkamatera\b/i, 'https://www.kamatera.com/'),
  op('Servers.com', /\bservers\.com\b/i, 'https://www.servers.com/'),
  op('Cherry Servers', /\bcherry servers\b/i, 'https://www.cherryservers.com/'),
  op('phoenixNAP', /\bphoenix ?nap\b/i, 'https://phoenixnap.com/'),
  op('Fastly', /^Fastly\b/i, 'https://www.fastly.com/'),
  op(
    'Cloudflare (WARP, relay egress)',
    /^Cloudflare\b/i,
    'https://www.cloudflare.com/',
    'vpn-or-relay',
  ),
  op('Proton VPN', /^Proton AG\b/i, 'https://protonvpn.com/', 'vpn-or-relay'),
  op('Mullvad (31173 Services)', /^31173 Services\b/i, 'https://mullvad.net/', 'vpn-or-relay'),
  op('Packethub', /\bpackethub\b/i, 'https://www.peeringdb.com/asn/207137', 'vpn-or-relay'),
  op('Tefincom (NordVPN)', /\btefincom\b/i, 'https://nordvpn.com/', 'vpn-or-relay'),
  op('Surfshark', /\bsurfshark\b/i, 'https://surfshark.com/', 'vpn-or-relay'),
]
