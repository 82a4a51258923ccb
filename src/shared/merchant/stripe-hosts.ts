import type { MerchantSpec } from './merchant-spec'

const stripeDomains = 'https://docs.stripe.com/ips'
const listed = 'Listed among the domains Stripe uses to talk to an integration'

/** Stripe hosts a card payment touches (both OpenAI and Anthropic check out through Stripe). */
export const stripePaymentHosts: MerchantSpec['paymentHosts'] = [
  ['js.stripe.com', 'Stripe.js, loaded on the checkout page; it sends the fraud signals'],
  ['api.stripe.com', 'the API the checkout page posts the card to'],
  ['m.stripe.network', 'device and fraud signals (Stripe.js iframe)'],
  ['m.stripe.com', 'device and fraud signals'],
  ['hooks.stripe.com', '3-D Secure and redirect returns'],
  ['checkout.stripe.com', 'Stripe-hosted Checkout pages'],
  ['b.stripecdn.com', 'Stripe assets'],
].map(([host = '', what = '']) => ({
  host,
  role: 'processor' as const,
  evidence: `${listed}: ${what}.`,
  source: stripeDomains,
}))
