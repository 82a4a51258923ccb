// Word rules over the organisation names of the ASN data. Providers of servers name themselves
// after what they sell ("CTG Server", "CNSERVERS", "YISU CLOUD", "… IDC network", "GTHost"); carriers,
// access ISPs and schools rarely do, and when they do their name also says what they are. The
// rules were reviewed against every organisation the data names, the home/mobile sample flags none
// (npm run known-networks), and the few access networks they still met are listed by number in
// scripts/network-kinds/review.ts.

/** Words that only networks of servers carry: a match is a hint, reported as such. */
export const hostingWords =
  /(?:\b|\d)servers?\b|\Bservers\b|cloud|\bIDC\b|host(?:ing|s)?\b|\bhost|data ?cent(?:er|re)s?|\bvps\b|dedicated|\bcolo(?:cation)?\b|server ?farm|registrar|bare ?metal/i

/**
 * Words of carriers, access ISPs and institutions: a name that has them is never read as hosting
 * by its words alone, nor widened to its siblings ("… Telecom IDC", "Cloudwifi", "Cloud ISP").
 */
export const carrierWords =
  /tele[ck]om|telefon|mobile|broadband|cable|fib(?:er|re|ra)|wireless|wi-?fi|communica|comunica|\bTM TECHNOLOGY|\bISP\b|internet service|universit|college|school|educa|research|academ|hospital|\bbank\b|government|ministry|municipal/i

/** Whether an organisation name reads like a provider of servers and like nothing else. */
export function soundsLikeHosting(org: string): boolean {
  return hostingWords.test(org) && !carrierWords.test(org)
}
