import type { checklistZh } from './checklist.zh'

/** The troubleshooting flow's words in English; keys follow the Chinese table. */
export const checklistEn = {
  'step.card-profile': 'Fill in the card profile',
  'step.network-exit': 'Make sure the network exit can be seen',
  'step.card-types': 'Use the right card: credit or debit',
  'step.card-status': 'Check the card',
  'step.billing-address': 'Check the billing address',
  'step.vpn-region': 'Adjust VPN and region',
  'step.clear-cache': 'Clear the site data, then add the card again',
  'step.wait-risk': 'After repeated declines, let the risk checks cool down',
  'step.pre-check': 'Three checks before paying',
  'checklist.card-profile.facts':
    'BIN (first 6–8 digits), issuing country, card type and the billing address the issuer has on file',
  'checklist.network-exit.fresh':
    'The check must succeed and be current; if it fails, check your network and proxy first',
  'checklist.card-types.no-prepaid': 'OpenAI does not accept prepaid or gift cards',
  'checklist.card-status.details':
    'Card number, expiry date and security code exactly as on the card, digit by digit',
  'checklist.card-status.enabled':
    'The card is valid and enabled for USD and international online payments',
  'checklist.card-status.headroom':
    'At least $5 of headroom: adding a card places a ~$5 hold, reversed within about 7 days',
  'checklist.card-status.recurring':
    'Subscriptions need recurring charges allowed (for a virtual card, check the merchant category)',
  'checklist.billing-address.issuer':
    'Enter the address the issuer has on file (for a virtual card: the one its provider shows), never a made-up one',
  'checklist.billing-address.format':
    'The ZIP must match the state; no Chinese or full-width characters, no stray spaces',
  'checklist.vpn-region.match':
    'The exit country matches the billing and issuing countries, for IPv4 and IPv6 alike',
  'checklist.vpn-region.one-exit':
    'Proxy rules send OpenAI and Stripe through one exit; do not switch exits while paying',
  'checklist.vpn-region.blocked':
    'Access from outside supported regions can get an account blocked',
  'checklist.clear-cache.retry':
    'Sign out, clear the browser cache and cookies, sign in again and add the payment method',
  'checklist.wait-risk.pause':
    'Stop retrying for 24 hours without changing IP or card; do not add several cards in a short time',
  'checklist.pre-check.three':
    'Exit region matches the billing country; billing address exactly as your issuer has it on file; enough balance, USD enabled',
  'checklist.intro':
    'After “Your card was declined”, go through these in order; the steps PayLight can check show their live result.',
  'checklist.pass': 'passed',
  'checklist.warn': 'risky',
  'checklist.fail': 'problem',
  'checklist.wait': 'waiting',
  'checklist.unknown': 'unknown',
  'checklist.manual': 'for you to do',
  'checklist.number': 'Step {n}',
  'checklist.evidence': 'Live result',
  'evidence.card': 'Card: BIN {bin}, {brand}, issued in {country}',
  'evidence.funding': 'Card type: {funding}',
  'evidence.expiry': 'Expiry: {month}/{year}',
  'evidence.capability': '{capability}: {answer}',
  'evidence.yes': 'confirmed',
  'evidence.no': 'not confirmed',
  'evidence.undeclared': 'not filled in',
  'evidence.billing': 'Billing address: {country}, state/province {state}, postal code {postal}',
  'evidence.compare': '{name}: {country} ({mark})',
  'evidence.billing-country': '{name}: {country}',
  'evidence.light': 'Now: {light}',
  'evidence.exit': '{route}: {ip} {country} · {network}',
  'evidence.expiry-missing': 'Expiry: not filled in',
  'attempt.title': 'This payment attempt',
  'attempt.started': 'This attempt started {at}; the steps you tick are kept',
  'attempt.notStarted': 'The attempt starts when you tick any step; ticks are kept across restarts',
  'attempt.tickedAt': 'ticked {at}',
  'attempt.new': 'Start a new attempt',
  'attempt.new.confirm': 'End this attempt and clear the ticks? They stay in the history.',
} as const satisfies Record<keyof typeof checklistZh, string>
