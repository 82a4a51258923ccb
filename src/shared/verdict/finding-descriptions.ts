import type { FindingId } from './finding-catalogue'

/** How docs/findings.md describes one finding. */
export interface FindingDescription {
  /** When the finding is raised, in the words of docs/findings.md (generated from here). */
  readonly when: string
  /** How the severity column reads when it is not a single severity. */
  readonly severityNote?: string
}

/**
 * When each finding fires, for docs/findings.md and nothing else: kept apart from the catalogue so
 * the window does not load the documentation's words. Every finding has one (checked by type).
 */
export const findingDescriptions: Readonly<Record<FindingId, FindingDescription>> = {
  'profile-missing': {
    when: 'no card profile: the checks that need no card still run (an exit in a region the merchant does not serve is red without one); when the network passed them, the message says so',
  },
  'profile-unlocking': {
    when: 'the saved card profile is still being read: the system keychain has not unlocked it yet (nothing to fix; it joins when readable)',
  },
  'evidence-none': {
    when: 'no check has finished yet',
  },
  'evidence-failed': {
    when: 'the last check failed, or observed no exit at all',
  },
  'evidence-stale': {
    when: 'evidence older than twice the interval, from before a sleep, or dated more than 2 minutes after now (the clock went back)',
  },
  'network-country-unknown': {
    when: "the payment exit's country is unknown: the comparison that matters cannot be made",
  },
  'network-vs-billing': {
    when: 'payment-exit country ≠ billing country',
  },
  'network-vs-card': {
    when: 'payment-exit country ≠ card issuing country',
    severityNote: 'red (yellow when both are in the EEA)',
  },
  'ipv6-vs-billing': {
    when: 'an IPv6 exit exists and its country ≠ billing country (left out when `region-not-served` already names that exit: same problem, same step)',
  },
  'ipv6-country-unknown': {
    when: 'an IPv6 exit exists but its country is unknown',
  },
  'country-disputed': {
    when: "no edge placed an exit and the two offline country databases (ip-location-db's geo-whois-asn-country and iptoasn-country) disagree: both countries are named; a comparison that fails for every one of them is still red on its own, one that fails for only some is left to this finding (never green). On IPv6 it says how to close the leak",
  },
  'split-routing-country': {
    when: 'merchant route and generic route of the same family leave in different countries',
  },
  'split-routing-ip': {
    when: 'same, different IPs but the same country',
  },
  'split-routing-proxy': {
    when: "the system proxy (PAC/rules) routes a payment host (the merchant's other pages, `js.stripe.com`, `api.stripe.com`) differently from the watched merchant's own first page (`chatgpt.com`, `claude.ai`); the message names that merchant",
  },
  'merchant-route-unknown': {
    when: "the merchant's own traces failed: the comparisons ran on the generic exits",
  },
  'merchant-route-untraced': {
    when: "a watched merchant's own edge could not be read — it lists no trace URL, or its trace (Anthropic: `https://claude.ai/cdn-cgi/trace`) failed while another watched merchant's answered: its route is judged from the generic exits",
  },
  'split-routing-unknown': {
    when: 'the merchant route was seen but no generic exit of its IP family, so split routing could not be checked',
  },
  'ipv6-unverified': {
    when: 'no IPv6 exit was read although an IPv6-only source was not simply unreachable: it answered badly, broke off, failed TLS, was refused or reset, or timed out. IPv6 may work and its exit is unknown. Only "unreachable" (no route, no address, a name without AAAA) on every IPv6 source means "no IPv6" and raises nothing',
  },
  'sources-disagree': {
    when: "witnesses disagree about an exit's country",
  },
  'exit-changed-recently': {
    when: 'the payment exit\'s IP changed less than 10 minutes ago. When the new exit passes every comparison that needs it (served, and in the billing country when there is a profile), it says so and counts down to 10 minutes after the change ("已切到美国 ✓ 保持不动，约 9 分钟后变绿"; "green" only when nothing else keeps the light off green), with no fix button',
  },
  'cooldown-active': {
    when: "a cool-down is running: enough counted declines within the window (by default 3 within 24 h) and the wait after the last one (24 h) is not over. The light is the cool-down's own (blue hourglass) with the time it ends; only a red finding comes before it",
  },
  'exits-unstable': {
    when: 'the exits changed 3 or more times in the last 24 hours (from the history)',
  },
  'timezone-vs-network': {
    when: "the system time zone's country ≠ payment-exit country",
  },
  'region-not-served': {
    when: "an exit the merchant can see (its own route when traced, and the generic IPv4/IPv6 exits) is in a country the merchant's published list shows it does not serve; the message cites the list and the date it was read, and on IPv6 says how to close the leak (let the proxy client take over IPv6, or turn IPv6 off for the browser)",
  },
  'region-profile-not-served': {
    when: 'the billing or card country is one the merchant does not serve; no merchant says whether that matters, so information only',
  },
  'network-hosting': {
    when: 'an exit a watched merchant sees belongs to a hosting / data-centre network (a curated ASN, an ASN of the reviewed X4BNet data-centre list, another ASN of a listed operator, or a data-centre word in the organisation name — then worded as a hint); never red',
  },
  'network-relay': {
    when: "an exit a watched merchant sees is a VPN or relay network: Cloudflare's trace says `warp=on/plus`; the address is in a published relay range (iCloud Private Relay's egress list, WARP's 2a09:bac0::/29, Mullvad / PIA / Proton VPN servers), matched by prefix whoever announces it; or its ASN is a curated relay (AS13335), a listed VPN provider's or another ASN of one; never red",
  },
  'network-owner-disagree': {
    when: 'the offline ASN data and the online answer name different networks for an exit',
  },
  'card-country-unknown': {
    when: 'no issuing country in the profile',
  },
  'card-vs-billing': {
    when: "issuing country ≠ billing country (legitimate for some cards; a problem if the address is not the issuer's)",
  },
  'card-prepaid': {
    when: "funding type is prepaid: OpenAI does not accept prepaid or gift cards. For a card service's virtual card (the user says so: the BIN look-up cannot tell) the message says its BIN is a prepaid one and to ask the service for a credit or debit BIN",
  },
  'card-virtual': {
    when: "the user says the card is a card service's virtual card (not prepaid): whether it pays depends on the service's channel; confirm it allows recurring charges and OpenAI's merchant category (MCC), and ask the service's support first when declined",
  },
  'card-expired': {
    when: 'the expiry month has passed',
  },
  'card-expiring': {
    when: 'today is in the month before the expiry month or in the expiry month itself (calendar months, UTC)',
  },
  'capabilities-unconfirmed': {
    when: 'paying in USD, international online payments, recurring (subscription) charges or $5 of headroom declared as not confirmed (`false`): one finding for all four, its evidence ticks each one confirmed; left out or `null` raises nothing',
  },
  'postal-code-format': {
    when: "postal code missing or not in the billing country's format (`postcode-validator`); nothing when it is left empty where checkouts treat it as optional or the country has none (src/shared/address/postal-optional.ts)",
    severityNote: 'red (yellow where the code is optional)',
  },
  'postal-code-typing': {
    when: 'a US ZIP+4 typed with another dash (en dash, em dash, full-width hyphen) or spaces around the hyphen (`97201–1234`, `97201－1234`, `97201 - 1234`): read, checked against the state, and the plain form to type is named',
  },
  'zip-state-mismatch': {
    when: 'a US ZIP (or Canadian postal code) that does not belong to the state (province)',
    severityNote: 'red (yellow when the ZIP is known to straddle into that state)',
  },
  'state-missing': {
    when: 'US/CA address without a state/province',
  },
  'state-unknown': {
    when: 'US/CA state that is neither a code nor a known name',
  },
  'state-not-code': {
    when: 'a state name typed where the code belongs (`California`, `加州`, `俄勒冈州` → `CA`, `OR`): recognised, the ZIP still checked against it, and the code to type is named',
  },
  'billing-chinese': {
    when: 'Chinese characters in a billing field',
  },
  'billing-full-width': {
    when: 'full-width characters from a Chinese input method',
  },
  'billing-spacing': {
    when: 'leading, trailing or double spaces',
  },
}
