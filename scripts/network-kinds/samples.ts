// The samples `npm run known-networks` measures the network kinds on, each entry with a public
// source for what the network is. Home/mobile: the largest access networks by users (APNIC Labs'
// per-economy AS population tables) of the US, China, the UK, Germany and Japan, and of the places
// PayLight's users also pay from (Hong Kong, Taiwan, Singapore, Korea, Canada, Australia, France,
// the Netherlands, India, Brazil, South Africa), each with its PeeringDB record (network type
// "Cable/DSL/ISP" or "NSP" with eyeballs). Hosting/VPN: networks people rent VPS and dedicated
// servers from for self-run proxies, and commercial VPN exits. Held out: networks the lists and
// rules were not built from (held-out.ts), to measure recall without circularity.

/** A network in a sample: operator, its ASNs, and where its nature can be checked. */
export interface SampleNetwork {
  readonly country?: string
  readonly operator: string
  readonly asns: readonly number[]
  readonly source: string
}

const pdb = (asn: number) => `https://www.peeringdb.com/asn/${asn}`
const apnic = (cc: string) => `APNIC Labs AS population, https://stats.labs.apnic.net/aspop?c=${cc}`
const home = (country: string, operator: string, asns: number[]): SampleNetwork => ({
  country,
  operator,
  asns,
  source: `${asns.map(pdb).join(' ')}; ${apnic(country)}`,
})

/** The largest home and mobile ISPs: none of their addresses may read as hosting or relay. */
export const homeSample: readonly SampleNetwork[] = [
  home('US', 'Comcast (Xfinity)', [7922]),
  home('US', 'Charter (Spectrum)', [20115, 11427, 10796, 11351, 12271, 20001, 33363]),
  home('US', 'AT&T (fibre, DSL and mobility)', [7018, 20057]),
  home('US', 'Verizon (Fios and Wireless)', [701, 6167, 22394]),
  home('US', 'T-Mobile US', [21928]),
  home('US', 'Cox Communications', [22773]),
  home('US', 'Optimum (Altice USA)', [6128]),
  home('US', 'Frontier Communications', [5650]),
  home('US', 'CenturyLink / Quantum Fiber (Lumen)', [209]),
  home('CN', 'China Telecom', [4134, 4812]),
  home('CN', 'China Unicom', [4837, 4808, 17621, 17622, 17816]),
  home(
    'CN',
    'China Mobile',
    [9808, 56040, 56041, 56042, 56044, 56046, 56047, 56048, 24400, 24444, 24445],
  ),
  home('GB', 'BT', [2856]),
  home('GB', 'EE (mobile)', [12576]),
  home('GB', 'Virgin Media', [5089]),
  home('GB', 'Sky Broadband', [5607]),
  home('GB', 'TalkTalk', [13285]),
  home('GB', 'Vodafone UK', [25135, 5378]),
  home('GB', 'O2 UK (Virgin Media O2 mobile)', [35228]),
  home('GB', 'Three UK', [206067]),
  home('GB', 'Plusnet', [6871]),
  home('GB', 'Hyperoptic', [56478]),
  home('DE', 'Deutsche Telekom', [3320]),
  home('DE', 'Vodafone Deutschland (DSL and cable)', [3209, 31334]),
  home('DE', 'Telefónica Germany (O2)', [6805]),
  home('DE', '1&1 Versatel', [8881]),
  home('DE', 'NetCologne', [8422]),
  home('DE', 'M-net', [8767]),
  home('DE', 'EWE TEL', [9145]),
  home('JP', 'NTT Docomo / OCN', [4713, 9605]),
  home('JP', 'KDDI (au)', [2516]),
  home('JP', 'SoftBank', [17676]),
  home('JP', 'Rakuten Mobile', [138384]),
  home('JP', 'Sony Network Communications (NURO, So-net)', [2527]),
  home('JP', 'BIGLOBE', [2518]),
  home('JP', 'JCOM', [9824]),
  home('JP', 'Asahi Net', [4685]),
  home('US', 'Mediacom', [30036]),
  home('US', 'WOW! (WideOpenWest)', [12083]),
  home('US', 'Google Fiber', [16591]),
  home('US', 'Cable One (Sparklight)', [11492]),
  home('US', 'Windstream (Kinetic)', [7029]),
  home('US', 'Starlink (SpaceX)', [14593]),
  home('CN', 'China Mobile Tietong', [9394]),
  home('CN', 'CERNET (campus networks, student dormitories)', [4538]),
  home('CN', 'Dr.Peng (Great Wall Broadband)', [17964]),
  home('GB', 'Zen Internet', [13037]),
  home('GB', 'KCOM', [12390]),
  home('GB', 'The Cloud (Sky public Wi-Fi)', [41012]),
  home('DE', 'Deutsche Glasfaser', [60294]),
  home('HK', 'HKBN', [9269]),
  home('HK', 'PCCW Netvigator / HKT', [4760]),
  home('HK', 'China Mobile Hong Kong', [9231]),
  home('HK', 'SmarTone', [17924]),
  home('TW', 'Chunghwa Telecom HiNet', [3462]),
  home('TW', 'Taiwan Fixed Network (Taiwan Mobile)', [9924]),
  home('TW', 'Far EasTone', [9674]),
  home('TW', 'Seednet (Digital United)', [4780]),
  home('SG', 'Singtel', [9506]),
  home('SG', 'StarHub', [4657]),
  home('SG', 'M1', [17547]),
  home('SG', 'MyRepublic', [56300]),
  home('KR', 'KT', [4766]),
  home('KR', 'SK Broadband', [9318]),
  home('KR', 'LG U+', [3786]),
  home('KR', 'SK Telecom', [9644]),
  home('CA', 'Rogers', [812]),
  home('CA', 'Bell Canada', [577]),
  home('CA', 'TELUS', [852]),
  home('CA', 'Shaw', [6327]),
  home('CA', 'Vidéotron', [5769]),
  home('AU', 'Telstra', [1221]),
  home('AU', 'Optus', [4804]),
  home('AU', 'TPG', [7545]),
  home('AU', 'Aussie Broadband', [4764]),
  home('FR', 'Orange', [3215]),
  home('FR', 'Free', [12322]),
  home('FR', 'SFR', [15557]),
  home('FR', 'Bouygues Telecom', [5410]),
  home('NL', 'KPN', [1136]),
  home('NL', 'VodafoneZiggo', [33915]),
  home('IN', 'Reliance Jio', [55836]),
  home('IN', 'Bharti Airtel', [45609]),
  home('IN', 'BSNL', [9829]),
  home('BR', 'Claro', [28573]),
  home('BR', 'Vivo (Telefônica Brasil)', [26599, 18881]),
  home('ZA', 'Vodacom', [29975]),
  home('ZA', 'MTN South Africa', [16637]),
  home('ZA', 'Telkom', [37457]),
  home('ZA', 'Afrihost', [37611]),
]

const host = (operator: string, asns: number[], what: string): SampleNetwork => ({
  operator,
  asns,
  source: `${asns.map(pdb).join(' ')}; ${what}`,
})
const vps = 'VPS and cloud servers (Los Angeles / San Jose regions among them), its own site'
const dedicated = 'dedicated and virtual servers for rent, its own site'
const vpnExit = 'exit servers of commercial VPN services (X4BNet/lists_vpn input/vpn/ASN.txt)'

/** Hosting and VPN networks: the goal is that ≥ 90 % of their addresses read as such. */
export const hostingSample: readonly SampleNetwork[] = [
  host('RackNerd / ColoCrossing', [36352], vps),
  host('BandwagonHost (IT7 Networks)', [25820], vps),
  host('DMIT', [906], vps),
  host('Psychz Networks', [40676], vps),
  host('QuadraNet', [8100], vps),
  host('Krypt (VPLS)', [35908], vps),
  host('Multacom (CloudCone)', [35916], vps),
  host('Sharktech', [46844], dedicated),
  host('Hostwinds', [54290], vps),
  host('FranTech (BuyVM)', [53667], vps),
  host('HostHatch', [63473], vps),
  host('Vultr', [20473], vps),
  host('DigitalOcean', [14061], vps),
  host('Linode (Akamai)', [63949], vps),
  host('Amazon Web Services (Lightsail, EC2)', [16509, 14618], vps),
  host('Google Cloud', [396982], vps),
  host('Microsoft Azure', [8075], vps),
  host('Oracle Cloud', [31898], vps),
  host('Alibaba Cloud', [45102], vps),
  host('Tencent Cloud', [132203, 45090], vps),
  host('OVHcloud', [16276], dedicated),
  host('Hetzner', [24940], dedicated),
  host('Contabo', [51167], dedicated),
  host('Scaleway', [12876], dedicated),
  host('Leaseweb', [60781, 16265, 30633, 59253], dedicated),
  host('ServerMania', [55286], dedicated),
  host('Hivelocity', [29802], dedicated),
  host('ReliableSite', [23470], dedicated),
  host('WholeSale Internet', [32097], dedicated),
  host('DataPacket (CDN77)', [60068], dedicated),
  host('Clouvider', [62240], dedicated),
  host('xTom', [3258], dedicated),
  host('Zenlayer', [21859], dedicated),
  host('M247 (NordVPN, Surfshark, PIA exits)', [9009], vpnExit),
  host('Datacamp (CDN77; VPN exits)', [212238], vpnExit),
  host('Packethub (NordVPN)', [207137], vpnExit),
  host('Tefincom (NordVPN)', [136787], vpnExit),
  host('Surfshark', [209854], vpnExit),
  host('Proton VPN', [208172], vpnExit),
  host('31173 Services (Mullvad)', [39351], 'Mullvad VPN exit servers, mullvad.net'),
  host('GSL Networks', [137409], 'VPN and VPS hosting, its own site'),
  host('HostRoyale', [203020], 'VPN and VPS hosting, its own site'),
]
