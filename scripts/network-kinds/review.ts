// Entries of the public data-centre list that PayLight leaves out, each with the reason. Reviewed
// 2026-12-06 against the home-ISP sample (samples.ts) and the organisation names in
// @ip-location-db/asn: transit carriers (their customers include home users), universities and
// research networks, access ISPs, and ASNs the data now files under another organisation than the
// list's comment names (the number was reassigned). `npm run known-networks` lists new candidates.

/** One left-out ASN and why. */
export interface ReviewedOut {
  readonly asn: number
  readonly reason: string
}

const transit = 'transit carrier: its customers include access networks and home users'
const access = 'access ISP (home or business lines), not a data centre'
const education = 'university or research and education network'
const reassigned = (now: string) => `reassigned: the ASN data now names ${now}, not the listed host`

/** Doubtful entries of X4BNet's input/datacenter/ASN.txt left out of the hosting list. */
export const reviewedOut: readonly ReviewedOut[] = [
  { asn: 6939, reason: `${transit}; its IPv6 tunnel broker (2001:470::/32) serves home users` },
  {
    asn: 3561,
    reason: `${transit} (CenturyLink/Lumen; the legacy Savvis hosting is a small part)`,
  },
  { asn: 4323, reason: `${transit} (tw telecom, now Lumen); absent from the ASN data` },
  { asn: 29550, reason: `${transit} (listed as SIMPLYTRANSIT)` },
  { asn: 33891, reason: `${transit} (Core-Backbone)` },
  { asn: 51731, reason: `${transit} (GTT); absent from the ASN data` },
  { asn: 53013, reason: `${transit} (UFINET Brasil; listed as WIX NET)` },
  { asn: 52468, reason: `${transit} (UFINET Panamá)` },
  { asn: 265620, reason: `${transit} (UFINET México)` },
  { asn: 29119, reason: `${transit}; ${reassigned('AIRE Networks, a wholesale carrier')}` },
  { asn: 7850, reason: `${access} (iHighway / CityLink fiber)` },
  { asn: 16628, reason: `${access} (Dedicated Fiber Communications)` },
  { asn: 33785, reason: `${access} (City Net Telecom, Egypt)` },
  { asn: 36290, reason: `${access} (The Cable of St. Kitts: cable TV and broadband)` },
  { asn: 394330, reason: `${access} (LTD Broadband: rural fixed-wireless and fibre homes)` },
  { asn: 37018, reason: `${access} (Galaxy Backbone: Nigeria's government network)` },
  { asn: 37088, reason: `${access} (VDT Communications, Nigeria)` },
  { asn: 37248, reason: `${access} (Phase3 Telecom, Nigeria)` },
  { asn: 37280, reason: `${access} (Broad Based Communications, Nigeria)` },
  { asn: 37308, reason: `${access} (Steam Broadcasting / Coollink, Nigeria)` },
  { asn: 37472, reason: `${access} (Nigerian Communications Satellite)` },
  { asn: 37506, reason: `${access} (Zinox Telecommunications, Nigeria)` },
  { asn: 37714, reason: `${access} (Bitflux Communications, Nigeria)` },
  { asn: 37170, reason: `${education} (University of Lagos)` },
  { asn: 37661, reason: `${education} (Nigerian Research and Education Network)` },
  { asn: 327705, reason: `${education} (Federal University of Technology, Akure)` },
  { asn: 327942, reason: `${education} (Landmark University)` },
  { asn: 16862, reason: reassigned('Odessa College') },
  { asn: 47205, reason: reassigned('Telia Lietuva, a Lithuanian home ISP') },
  { asn: 132225, reason: reassigned('China Telecom') },
  { asn: 199129, reason: reassigned('Direct Connect (ISP) Ltd') },
  { asn: 62026, reason: reassigned('FTS-Turkey Fink Telekomunikasyon') },
  { asn: 206246, reason: reassigned('Formosa Capital LP') },
  { asn: 57752, reason: reassigned('VOIP Telecom SAS') },
  { asn: 133229, reason: reassigned('SKIP LLC') },
  { asn: 9823, reason: reassigned('Pearson Australia Group') },
  { asn: 47588, reason: reassigned('TEL Communications L.L.C.') },
  { asn: 9667, reason: reassigned('5G Network Operations, an Australian ISP') },
  { asn: 133480, reason: reassigned('5G Network Operations, an Australian ISP') },
  { asn: 263032, reason: reassigned('VERO S.A., a Brazilian home ISP') },
  { asn: 393326, reason: reassigned('Epic Games') },
  { asn: 31240, reason: reassigned('Citytelecom LLC, a Russian ISP') },
  { asn: 31242, reason: reassigned('P4 (Play), a Polish mobile operator') },
  { asn: 52674, reason: reassigned('Brasil Tecnologia e Participações') },
  { asn: 55536, reason: `${access} (Pacswitch Globe Telecom, Hong Kong)` },
]

/**
 * Access networks whose organisation names match the hosting words (name-rules.ts), found by
 * reading every match of 20,000 or more IPv4 addresses and every name that also says "net",
 * "internet" or "online" (npm run known-networks lists the largest matches for the next review).
 */
export const nameReviewedOut: readonly ReviewedOut[] = [
  { asn: 37611, reason: `${access} (Afrihost: South African home fibre and ADSL)` },
  { asn: 41012, reason: `${access} (The Cloud: public Wi-Fi hotspots in the UK)` },
]
