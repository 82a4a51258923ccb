import type { DeclineMessageKey } from './declines.zh'

/** English text of the error look-up, typed against the Chinese table so no key is missing. */
export const declineEn: Readonly<Record<DeclineMessageKey, string>> = {
  'explain.heading': '“{input}” is probably:',
  'explain.colon': ': ',
  'explain.cause': 'Likely cause',
  'explain.doNow': 'What to do now',
  'explain.dont': 'What not to do',
  'explain.steps': 'Steps that fix it',
  'explain.links': 'Official help',
  'explain.score': 'match {score}%',
  'explain.codes': 'Decline codes: {codes}',
  'explain.none':
    'This message was not recognised. Paste the full error text shown on the page, or the decline code itself.',
  'decline.dont.retryNow':
    'Do not retry right away: repeated failures make the risk check stricter. Find the cause first.',
  'decline.dont.switchNow':
    'While you wait, do not change your network exit, your card or your billing address.',

  'decline.card-declined.title': 'Card declined (no reason given)',
  'decline.card-declined.cause':
    'The issuer or the payment processor’s risk check refused the charge without saying why. Usual reasons: the card is not enabled for international or USD online payments, the billing address differs from the issuer’s records, or the network’s country differs from the card’s.',
  'decline.card-declined.do.check':
    'Stop and use PayLight to check that the card, billing address and network exit agree.',
  'decline.card-declined.do.issuer':
    'Call the issuer, ask whether it blocked an international online USD charge, and ask them to allow it.',

  'decline.card-not-supported.title': 'Card does not support this purchase',
  'decline.card-not-supported.cause':
    'The card is not enabled for this kind of merchant, for online payments or for recurring charges; most common with virtual and prepaid cards.',
  'decline.card-not-supported.do.issuer':
    'Ask the issuer to enable international online payments and recurring charges.',
  'decline.card-not-supported.do.mcc':
    'A card service’s virtual card: ask its support whether the card allows OpenAI’s merchant category (MCC) and recurring charges; if not, use another card.',
  'decline.card-not-supported.do.card': 'Use your own credit or debit card instead.',
  'decline.card-not-supported.dont.prepaid':
    'Do not switch to a prepaid or gift card: OpenAI accepts neither.',

  'decline.insufficient-funds.title': 'Insufficient funds',
  'decline.insufficient-funds.cause':
    'The available balance does not cover the amount plus the authorization hold placed at payment.',
  'decline.insufficient-funds.do.topUp':
    'Add funds with headroom: at least $5 more than the purchase.',
  'decline.insufficient-funds.dont.loop': 'Do not keep trying until the money has arrived.',

  'decline.incorrect-cvc.title': 'Security code incorrect',
  'decline.incorrect-cvc.cause': 'The security code entered does not match the issuer’s records.',
  'decline.incorrect-cvc.do.reenter': 'Re-enter the 3- or 4-digit code carefully from the card.',
  'decline.incorrect-cvc.dont.guess':
    'Do not guess the code repeatedly: a run of wrong codes looks like card testing and can get the card locked.',

  'decline.incorrect-zip.title': 'Postal code does not match',
  'decline.incorrect-zip.cause':
    'The postal code in the billing address differs from the one the issuer has on file.',
  'decline.incorrect-zip.do.address':
    'Enter the billing address exactly as the issuer has it (for a virtual card: as its provider’s app shows it); the ZIP must match the state.',
  'decline.incorrect-zip.dont.invent': 'Do not make up an address or borrow someone else’s.',

  'decline.incorrect-number.title': 'Card number incorrect',
  'decline.incorrect-number.cause': 'The card number was mistyped.',
  'decline.incorrect-number.do.reenter': 'Re-enter the number from the card.',
  'decline.incorrect-number.dont.share':
    'Never send your full card number to anyone or paste it into a chat.',

  'decline.expired-card.title': 'Card expired or expiry date wrong',
  'decline.expired-card.cause': 'The expiry date was entered wrongly, or the card has expired.',
  'decline.expired-card.do.date':
    'Check the month and year printed on the card; if it has expired, use a valid card.',
  'decline.expired-card.dont.loop': 'Do not keep trying an expired card.',

  'decline.currency-not-supported.title': 'Card does not support this currency',
  'decline.currency-not-supported.cause': 'The card cannot be charged in US dollars.',
  'decline.currency-not-supported.do.issuer':
    'Ask the issuer to enable USD or foreign-currency payments.',

  'decline.velocity-exceeded.title': 'Too many attempts',
  'decline.velocity-exceeded.cause':
    'The card was tried or declined too many times in a short period and hit a limit.',
  'decline.velocity-exceeded.do.wait': 'Stop and wait a full 24 hours before one new attempt.',

  'decline.processing-error.title': 'Temporary processing error',
  'decline.processing-error.cause':
    'A temporary fault while processing (the issuer or the processor was briefly unavailable); not necessarily a card problem.',
  'decline.processing-error.do.retryOnce': 'Wait a few minutes, then retry once.',
  'decline.processing-error.dont.spam':
    'Do not click pay again and again: repeated submissions can create several holds.',

  'decline.authentication-failed.title': 'Bank verification failed',
  'decline.authentication-failed.cause':
    'The bank’s verification (3D Secure) failed or was not completed.',
  'decline.authentication-failed.do.verify':
    'Watch for the bank’s text message or app prompt while paying and complete it; if it is not enabled, ask the issuer to enable it.',

  'decline.hard-decline.title': 'Card lost, stolen, closed or restricted',
  'decline.hard-decline.cause':
    'The issuer has flagged the card as lost, stolen, restricted or to be picked up, or the card or its account is no longer valid (replaced or closed). This is a hard decline, usually shown only as "Your card was declined".',
  'decline.hard-decline.do.issuer': 'Contact the issuer about the card’s status.',
  'decline.hard-decline.dont.retry':
    'Do not retry this card: it will not succeed until the issuer has dealt with it.',

  'decline.region-unavailable.title': 'Region not supported',
  'decline.region-unavailable.cause':
    'The access comes from a country or region OpenAI does not serve.',
  'decline.region-unavailable.do.list':
    'Check OpenAI’s list of supported countries and territories.',
  'decline.region-unavailable.do.exit':
    'If you are in a supported region but see this, check the exit country of your proxy or VPN: PayLight shows it.',
  'decline.region-unavailable.dont.blocked':
    'Do not use the service from an unsupported region: the account can be blocked for it.',

  'decline.region-unsupported-api.title': 'API request from an unsupported region',
  'decline.region-unsupported-api.cause':
    'An API request came from a country or region OpenAI does not support and was refused (HTTP 403).',

  'decline.duplicate-transaction.title': 'Duplicate transaction',
  'decline.duplicate-transaction.cause':
    'A payment with the same amount and card was submitted a moment ago.',
  'decline.duplicate-transaction.do.check':
    'Check the merchant’s billing page and your bank’s record first: pay again only if the first one did not go through.',

  'decline.pin-required.title': 'PIN required or PIN wrong',
  'decline.pin-required.cause':
    'The issuer asks for a PIN (or the PIN was wrong or tried too often), and an online checkout cannot take one: this card is not set up for online payments.',
  'decline.pin-required.do.issuer':
    'Ask the issuer to enable online (card-not-present) payments without a PIN for this card.',

  'decline.amount-not-allowed.title': 'Amount not allowed',
  'decline.amount-not-allowed.cause':
    'The amount is invalid, or above the per-payment or online limit the issuer set for this card.',
  'decline.amount-not-allowed.do.limit':
    'Check and raise the online or foreign payment limit in your bank’s app.',

  'decline.payment-stopped.title': 'Your bank stopped payments to this merchant',
  'decline.payment-stopped.cause':
    'The issuer holds a stop-payment order for this merchant or revoked its authorisation to charge you (often after you cancelled a subscription through the bank, or a dispute).',
  'decline.payment-stopped.do.issuer':
    'Ask the issuer to lift the stop-payment order or the revocation for this merchant, then pay.',

  'decline.merchant-blocked.title': 'Blocked by the merchant’s risk list',
  'decline.merchant-blocked.cause':
    'The payment matched the merchant’s (the processor’s) block list: the card, e-mail, IP or device was flagged before.',
  'decline.merchant-blocked.do.support':
    'Stop trying and contact the merchant’s support to have it reviewed.',
  'decline.merchant-blocked.dont.evade':
    'Do not switch cards, IPs or accounts to get around it: that makes the flag worse.',

  'decline.test-card.title': 'A test card number was used',
  'decline.test-card.cause':
    'The number is one of the processor’s test cards, which real payments do not accept.',
  'decline.test-card.do.real': 'Use your own real card.',
  'decline.test-card.dont.generate':
    'Do not use card numbers found or generated online: they are not your card and will not pay.',
}
