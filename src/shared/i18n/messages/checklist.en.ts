import type { checklistZh } from './checklist.zh'

/** The troubleshooting flow's words in English; keys follow the Chinese table. */
export const checklistEn = {
  'step.card-profile': 'Fill in the card profile',
  'step.network-exit': 'Make sure the network exit can be seen',
  'step.card-types': '2. Use the right card: credit or debit',
  'step.card-status': '3.1 Check the card',
  'step.billing-address': '3.2 Check the billing address',
  'step.vpn-region': '3.3 Adjust VPN and region',
  'step.clear-cache': '3.4 Clear cache and retry',
  'step.wait-risk': '3.5 After repeated declines, let the risk checks cool down',
  'step.pre-check': '9. Three checks before paying',
  'checklist.card-profile.facts':
    'BIN (first 6–8 digits), issuing country, card type and the billing address the issuer has on file',
  'checklist.network-exit.fresh':
    'The check must succeed and be current; if it fails, check your network and proxy first',
  'checklist.card-types.no-prepaid': 'OpenAI does not accept prepaid or gift cards',
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
    'Exit region = billing country; billing address exactly as on the card; enough balance, USD enabled',
  'checklist.intro':
    'After “Your card was declined”, go through these in order; the steps PayLight can check show their live result.',
  'checklist.pass': 'passed',
  'checklist.warn': 'risky',
  'checklist.fail': 'problem',
  'checklist.unknown': 'unknown',
  'checklist.manual': 'for you to do',
} as const satisfies Record<keyof typeof checklistZh, string>
