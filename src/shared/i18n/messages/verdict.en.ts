import type { verdictZh } from './verdict.zh'

/** The verdict's words in English; keys follow the Chinese table. */
export const verdictEn = {
  'verdict.reasons': 'Reasons',
  'verdict.evidenceAge': 'Evidence from {at}, {age} old at {now}',
  'finding.fix': 'Go to step {n}: {step}',
  'finding.profile-unlocking': 'Unlocking your card profile…',
  'finding.profile-missing':
    'No card profile yet: add one to compare the card and billing address with the network exit',
  'finding.profile-missing.network-ok':
    'The network looks fine (exit in {country}); add a card profile to compare the card and billing address with it',
  'finding.evidence-none': 'No check result yet',
  'finding.evidence-failed':
    'The last check failed, so the network exit is unknown: check your network or proxy',
  'finding.evidence-stale': 'The last check result is out of date',
  'finding.evidence-stale.slept':
    'The computer slept since the last check; the result is out of date',
  'finding.evidence-stale.clock':
    'The system clock went back: the last check is dated after now, so its age is unknown; wait for the next check',
  'finding.network-country-unknown':
    'The network exit’s country is unknown, so it cannot be compared',
  'finding.network-vs-billing':
    'Your network exit is in {network} but the billing address is in {billing}: switch the VPN/proxy exit to the billing country',
  'finding.network-vs-card':
    'Your network exit is in {network} but the card was issued in {card}: risk checks compare these two countries directly, so switch the proxy exit to {card}',
  'finding.network-vs-card.eea':
    'Your network exit is in {network} but the card was issued in {card} (both in the EEA, a smaller risk)',
  'finding.ipv6-vs-billing':
    'Your IPv6 exit is in {ipv6}, not the billing country {billing}: browsers often prefer IPv6, so the payment is likely to be declined. Let the proxy client take over IPv6 (its TUN mode or IPv6 switch), or turn IPv6 off for the browser (the system), then check again',
  'finding.ipv6-country-unknown':
    'The IPv6 exit {ip} has no known country; browsers prefer IPv6: let the proxy client take over IPv6, or turn IPv6 off for the browser',
  'finding.country-disputed':
    'The {route} exit {ip} has no settled country: the offline databases say {countries} and no merchant edge placed it; the merchant may see either, so use an exit whose country is certain, or check again once the edge answers',
  'finding.country-disputed.ipv6':
    'The IPv6 exit {ip} has no settled country: the offline databases say {countries} and no edge placed it; browsers prefer IPv6, so let the proxy client take over IPv6, or turn IPv6 off for the browser',
  'finding.split-routing-country':
    'Split routing: {merchant} goes out via {merchantIp}, other sites via {genericIp}, in different countries: make the proxy rules send every payment site through one exit',
  'finding.split-routing-ip':
    'Split routing: {merchant} goes out via {merchantIp}, other sites via {genericIp} (same country)',
  'finding.split-routing-proxy':
    'The system proxy routes payment hosts differently ({merchantHost} → {merchantRule}; {hosts}): the {merchant} checkout may pay from another exit',
  'finding.merchant-route-unknown':
    'The merchant route could not be seen ({merchant}’s edge did not answer): {merchant} may see another exit',
  'finding.split-routing-unknown':
    'No generic IPv{family} exit was seen, so split routing could not be checked',
  'finding.ipv6-unverified':
    'IPv6 may work here but its exit could not be read (an IPv6 source was reached or timed out, then failed): the browser may pay over IPv6; check again shortly',
  'finding.sources-disagree':
    'Sources disagree about the exit’s country ({routes}); the merchant may see {country}',
  'finding.exit-changed-recently':
    'The exit IP changed within the last 10 minutes: IP hopping trips fraud rules, so settle on one exit before paying',
  'finding.exit-changed-recently.settling':
    'Switched to {country} ✓ Keep it as it is: green in about {left} ({time})',
  'finding.exit-changed-recently.settling-more':
    'Switched to {country} ✓ Keep it as it is: the switch stops counting as recent in about {left} ({time})',
  'finding.timezone-vs-network':
    'Your system time zone ({timeZone}) is in {timeZoneCountry} while the exit is in {network}: some risk checks look at it; for information only',
  'finding.card-country-unknown':
    'The issuing country is unknown: look the BIN (first digits of the card number) up or enter it, otherwise it cannot be compared',
  'finding.card-vs-billing':
    'The card was issued in {card} but the billing address is in {billing}: legitimate for some cards (e-money cards issued in one EEA country to residents of another), a problem when the address is not the one the issuer has on file (for a virtual card: the one its provider shows)',
  'finding.card-prepaid':
    'This is a prepaid card: OpenAI does not accept prepaid or gift cards, so use a credit or debit card',
  'finding.card-prepaid.virtual':
    'This card service’s virtual card is on a prepaid BIN: OpenAI does not accept prepaid cards. Ask the service for a card on a credit or debit BIN, or use a bank’s card',
  'finding.card-virtual':
    'A card service’s virtual card: whether it pays depends on the service’s channel. Confirm it allows recurring charges and OpenAI’s merchant category (MCC); when declined, ask the card service’s support first',
  'finding.card-expired': 'The card expired ({expiry})',
  'finding.card-expiring':
    'The card expires at the end of this month ({expiry}): charges after that are declined, renew or update it soon',
  'finding.card-expiring.next-month':
    'The card expires at the end of next month ({expiry}): renewals after that will be declined, have the new card ready',
  'finding.capabilities-unconfirmed':
    'Not yet confirmed with your issuer: {items} (adding a card places a ~$5 hold); tick them in the card profile once confirmed',
  'capability.short.usd': 'paying in USD',
  'capability.short.international': 'international online payments',
  'capability.short.recurring': 'recurring charges',
  'capability.short.headroom': 'at least $5 of headroom',
  'finding.postal-code-format':
    'The postal code “{postalCode}” does not fit the format of {country}',
  'finding.postal-code-format.missing':
    'A billing address in {country} needs a postal code, and none is filled in',
  'finding.postal-code-format.optional':
    'The postal code “{postalCode}” does not fit the format of {country} (optional in {country}: leave it empty or use the one your issuer has on file)',
  'finding.zip-state-mismatch':
    'The ZIP/postal code {postalCode} belongs to {expected}, not {state}: they must match',
  'finding.zip-state-mismatch.straddles':
    'ZIP {postalCode} is filed under {expected} but its delivery area reaches into {state}: make sure it is the ZIP your issuer has on file',
  'finding.postal-code-typing':
    'The ZIP “{typed}” has an unusual dash or extra spaces; it was read as {postalCode} and checked against the state: type it as {postalCode} (plain hyphen, no spaces)',
  'finding.state-missing': 'US and Canadian addresses need a state or province',
  'finding.state-unknown': '“{state}” is not a known state or province',
  'finding.state-not-code': 'Enter the state code {code}, not the name “{state}”',
  'finding.billing-chinese':
    'The billing address contains Chinese characters: use the Latin-script address your issuer has on file',
  'finding.billing-full-width':
    'The billing address contains full-width characters from a Chinese input method: retype them half-width',
  'finding.billing-spacing': 'The billing address has leading, trailing or double spaces',
} as const satisfies Record<keyof typeof verdictZh, string>
