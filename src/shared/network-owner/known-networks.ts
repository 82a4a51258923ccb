/** What kind of network an exit leaves from, as a merchant's risk check would see it. */
export type NetworkKind = 'hosting' | 'vpn-or-relay' | 'access' | 'unknown'

/** One curated network: its ASN, the operator, its kind, and the name the ASN data must show. */
export interface KnownNetwork {
  readonly asn: number
  readonly operator: string
  readonly kind: Exclude<NetworkKind, 'unknown'>
  /** Pattern the organisation name in the shipped ASN data must match (checked by a test). */
  readonly orgPattern: RegExp
  /** Where the classification can be checked: the operator's public network record. */
  readonly source: string
}

const peeringDb = (asn: number) => `https://www.peeringdb.com/asn/${asn}`

type Row = readonly [number, string, KnownNetwork['kind'], RegExp]

// Data centres and clouds: a card payment from here looks like a server, not a person.
const hosting: readonly Row[] = [
  [16509, 'Amazon Web Services', 'hosting', /amazon/i],
  [14618, 'Amazon Web Services', 'hosting', /amazon/i],
  [15169, 'Google', 'hosting', /google/i],
  [396982, 'Google Cloud', 'hosting', /google/i],
  [8075, 'Microsoft Azure', 'hosting', /microsoft/i],
  [14061, 'DigitalOcean', 'hosting', /digitalocean/i],
  [20473, 'Vultr (The Constant Company / Choopa)', 'hosting', /constant company|choopa|vultr/i],
  [24940, 'Hetzner Online', 'hosting', /hetzner/i],
  [16276, 'OVHcloud', 'hosting', /ovh/i],
  [63949, 'Linode (Akamai Connected Cloud)', 'hosting', /linode|akamai/i],
  [31898, 'Oracle Cloud', 'hosting', /oracle/i],
  [45102, 'Alibaba Cloud', 'hosting', /alibaba/i],
  [37963, 'Alibaba Cloud (Hangzhou)', 'hosting', /alibaba/i],
  [132203, 'Tencent Cloud', 'hosting', /tencent/i],
  [45090, 'Tencent Cloud', 'hosting', /tencent/i],
  [9009, 'M247', 'hosting', /m247/i],
  [212238, 'Datacamp (CDN77)', 'hosting', /datacamp/i],
  [51167, 'Contabo', 'hosting', /contabo/i],
  [12876, 'Scaleway', 'hosting', /scaleway|online s\.a\.s/i],
  [25820, 'IT7 Networks (BandwagonHost)', 'hosting', /it7/i],
  [21859, 'Zenlayer', 'hosting', /zenlayer/i],
]

// Egress of privacy relays: Cloudflare does not sell home or mobile access, so an exit in its
// network is WARP, iCloud Private Relay's Cloudflare egress, a Zero Trust gateway or a worker.
const relays: readonly Row[] = [
  [13335, 'Cloudflare (WARP / relay egress)', 'vpn-or-relay', /cloudflare/i],
]

// Home and mobile access networks where PayLight's users commonly pay from.
const access: readonly Row[] = [
  [4134, 'China Telecom', 'access', /chinanet|china telecom/i],
  [4812, 'China Telecom (Shanghai)', 'access', /china telecom|chinanet/i],
  [4837, 'China Unicom', 'access', /china unicom|china169/i],
  [9808, 'China Mobile', 'access', /china mobile/i],
  [56040, 'China Mobile (Guangdong)', 'access', /china mobile/i],
  [4760, 'HKT', 'access', /hkt|pccw/i],
  [9269, 'Hong Kong Broadband Network', 'access', /hong kong broadband|hkbn/i],
  [3462, 'Chunghwa Telecom (HiNet)', 'access', /chunghwa|hinet|data communication/i],
  [7922, 'Comcast', 'access', /comcast/i],
  [701, 'Verizon', 'access', /verizon|mci|uunet/i],
  [7018, 'AT&T', 'access', /at&t|att/i],
  [20115, 'Charter (Spectrum)', 'access', /charter/i],
  [2516, 'KDDI', 'access', /kddi/i],
  [4713, 'NTT OCN', 'access', /ntt/i],
  [17676, 'SoftBank', 'access', /softbank/i],
  [4766, 'Korea Telecom', 'access', /korea telecom|kt/i],
  [3320, 'Deutsche Telekom', 'access', /deutsche telekom/i],
  [2856, 'BT', 'access', /british telecom|bt/i],
  [5089, 'Virgin Media', 'access', /virgin media/i],
]

/** Curated networks, checked against the shipped ASN data by a test (see docs/data.md). */
export const knownNetworks: readonly KnownNetwork[] = [...hosting, ...relays, ...access].map(
  ([asn, operator, kind, orgPattern]) => ({
    asn,
    operator,
    kind,
    orgPattern,
    source: peeringDb(asn),
  }),
)
