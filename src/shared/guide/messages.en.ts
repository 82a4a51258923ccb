import type { GuideMessageKey } from './messages.zh'

/** English text of the guide, typed against the Chinese table so no key is missing. */
export const guideEn: Readonly<Record<GuideMessageKey, string>> = {
  'guide.step.self-check': 'Three checks before paying',
  'guide.step.card-details': 'Check the card number, expiry date and security code',
  'guide.step.card-type': 'Use the right card: credit or debit',
  'guide.step.issuer-settings': 'Ask the issuer to enable international online, USD and recurring',
  'guide.step.card-funds': 'Keep enough balance',
  'guide.step.billing-address': 'Enter the billing address the issuer has on file',
  'guide.step.network-region': 'Network exit in the card’s country',
  'guide.step.clear-site-data': 'Clear the merchant site’s data and sign in again',
  'guide.step.cooldown': 'Pause for 24 hours',

  'guide.section.card-types': 'Card types compared',
  'guide.section.errors': 'Errors and what to do',
  'guide.section.virtual-cards': 'Using a virtual card',
  'guide.section.confirm-added': 'Confirming the card was added',
  'guide.section.risk-check': 'How the risk check reasons',
  'guide.section.recovery': 'Recovering after repeated failures',
  'guide.section.keep-stable': 'Keeping payments stable',
  'guide.section.faq': 'Questions and answers',

  'guide.cardTypes.intro':
    'OpenAI accepts credit and debit cards; prepaid and gift cards are not accepted.',
  'guide.column.type': 'Card type',
  'guide.column.accepted': 'Accepted by OpenAI',
  'guide.column.intlOnline': 'International online payments',
  'guide.column.usd': 'USD charges',
  'guide.column.recurring': 'Recurring charges',
  'guide.column.issues': 'Typical issues',
  'guide.support.yes': 'Yes',
  'guide.support.usually': 'Usually',
  'guide.support.varies': 'Depends on the card',
  'guide.support.rarely': 'Rarely',
  'guide.support.no': 'No',
  'guide.card.credit': 'Credit card',
  'guide.card.credit.issues':
    'Some banks switch international online payments off by default; turn them on in the bank’s app or by phone.',
  'guide.card.debit': 'Debit card',
  'guide.card.debit.issues':
    'The balance must cover the purchase plus the hold; some debit cards work only at home.',
  'guide.card.prepaid': 'Prepaid card',
  'guide.card.prepaid.issues':
    'OpenAI does not accept prepaid cards; even if one is added, later charges may be declined.',
  'guide.card.virtual-issuer': 'Virtual card (from your bank)',
  'guide.card.virtual-issuer.issues':
    'Shares the limits and settings of the main card; some numbers are single-use or merchant-locked and unfit for recurring charges.',
  'guide.card.virtual-provider': 'Virtual card (third-party provider)',
  'guide.card.virtual-provider.issues':
    'Many are prepaid underneath, and OpenAI does not accept prepaid cards; use the billing address the provider shows; providers change fast, so what worked before may not work later.',
  'guide.card.gift': 'Gift card',
  'guide.card.gift.issues': 'OpenAI does not accept gift cards.',

  'guide.errors.intro':
    'Paste the error shown on the page to see its cause and the steps that fix it.',

  'guide.virtual.funding':
    'First make sure the virtual card is a credit or debit card, not prepaid: OpenAI does not accept prepaid cards.',
  'guide.virtual.usd': 'Choose a virtual card that supports USD and recurring charges.',
  'guide.virtual.address':
    'Enter the billing address shown in the provider’s app, exactly as shown; do not rewrite it.',
  'guide.virtual.identity': 'Open the account in your own real name; the card is for you alone.',
  'guide.virtual.steady': 'Keep the same network exit while adding the card; do not switch midway.',
  'guide.virtual.support':
    'If it is declined, ask the provider whether the card supports this merchant and recurring charges.',

  'guide.confirm.listed':
    'The card shows under payment methods in the OpenAI account’s billing settings, with its brand and last four digits: it was added.',
  'guide.confirm.hold':
    'Adding a card places a temporary authorization of about $5, usually reversed within about 7 days; it is not a charge.',
  'guide.confirm.missing':
    'No card under payment methods and no hold at the bank means it was not added; find the cause before trying again.',
  'guide.confirm.thenPay': 'Only once it is added, top up or subscribe.',

  'guide.risk.plain':
    'In plain words: the risk check asks whether three things make sense together — the country that issued the card, the country of the billing address and the country you are online from. When all three agree, payments go through most smoothly.',
  'guide.risk.example':
    'For example: a card issued in the US, the US billing address the issuer has on file, and a network exit in the US.',
  'guide.risk.live': 'The table shows these three as PayLight sees them right now.',
  'guide.risk.noProfile':
    'Fill in the card profile and a live comparison of the three will show here.',
  'guide.risk.signals':
    'The payment processor (Stripe, for OpenAI) scores each payment. Its signals include the IP address and its country, the browser, the card’s issuing country (from the BIN, the first digits), the billing address, the card’s funding type (prepaid or not), whether the network is a proxy or a data centre, the security-code and postal-code checks, and how many attempts and declines happened recently.',
  'guide.risk.mismatch':
    'When these signals contradict each other — a card from one country, a billing address in another, a network in a third — the score rises, and merchants can block payments whose card country differs from the network country at elevated risk.',
  'guide.risk.issuerChecks':
    'The issuer checks the postal code and security code against its records; a mismatch fails whatever the network.',
  'guide.risk.velocity':
    'Repeated failures on one card or one network are a risk signal in themselves, so retrying after a decline only makes things worse.',
  'guide.risk.purpose':
    'PayLight shows you whether the three agree before you pay; it cannot and will not help you get around a risk check.',

  'guide.recovery.stop':
    'Stop every payment attempt; do not switch cards, change the address or change your network exit.',
  'guide.recovery.remove': 'Remove the failed card from payment methods.',
  'guide.recovery.clear': 'Clear the merchant site’s data (cache and sign-in), then sign in again.',
  'guide.recovery.addOnce':
    'Then add the card once — only once — and check that it shows under payment methods.',
  'guide.recovery.wait':
    'Then wait: pay only once the hold shows. If it is declined again, stop for a full 24 hours without changing your network exit or card.',
  'guide.recovery.noMany':
    'Do not add several different cards in a short time: that easily trips the risk check.',

  'guide.stable.sameSetup':
    'Keep one network exit and one payment method; do not hop between proxy nodes.',
  'guide.stable.address': 'Change the billing address only when the issuer’s record changes.',
  'guide.stable.expiry':
    'Check the expiry date and statements now and then; replace the card before it expires.',
  'guide.stable.alerts':
    'Turn on the bank’s spending alerts to spot odd charges or declines early.',
  'guide.stable.lookFirst': 'Glance at PayLight’s light before each payment.',

  'guide.faq.q1': 'My virtual card used to work. Why is it declined now?',
  'guide.faq.a1':
    'Risk rules and card programmes change. Check the card’s status and balance, then ask the provider whether it still supports this merchant. If it is prepaid underneath, OpenAI does not accept it anyway; your own credit or debit card is more reliable.',
  'guide.faq.q2': 'How do I fix a wrong address?',
  'guide.faq.a2':
    'Edit it under payment methods in the billing settings, or remove the card and add it again, with the address the issuer has on file and a ZIP that matches the state. Do not retry repeatedly right after.',
  'guide.faq.q3': 'It says insufficient funds, but the money is there?',
  'guide.faq.a3':
    'A hold is placed first (about $5 when adding a card), so the available balance must cover the hold and the purchase; a per-payment or daily limit can also be too low. Keep headroom or ask the issuer to raise the limit.',
  'guide.faq.q5': 'Will repeated declines get my account banned?',
  'guide.faq.a5':
    'Declines alone usually do not, but payment verification for the card or account may be frozen for a while; wait 24 hours. Be clear on one thing: using OpenAI from a country or region it does not support can get the account blocked.',
  'guide.faq.q6': 'How do I avoid tripping the risk check again?',
  'guide.faq.a6':
    'Keep the card, billing address and network exit consistent and stable, do not keep changing payment methods, and use only your own card.',

  'guide.link.openai-card-declined': 'OpenAI: Why was my credit card declined?',
  'guide.link.openai-renewal-failed': 'OpenAI: Why did my renewal fail?',
  'guide.link.openai-chatgpt-countries': 'OpenAI: ChatGPT supported countries',
  'guide.link.openai-api-countries': 'OpenAI: API supported countries and territories',
  'guide.link.stripe-decline-codes': 'Stripe: decline codes',
}
