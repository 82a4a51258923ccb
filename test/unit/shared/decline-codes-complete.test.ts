import { declineEntries } from '../../../src/shared/decline/entries'
import { lookUpDecline } from '../../../src/shared/decline/match'
import { explainDecline } from '../../../src/shared/decline/explain'

// The processor's public list of card decline codes (Stripe, docs.stripe.com/declines/codes), whole.
const publicCodes = `approve_with_id authentication_required call_issuer card_not_supported
card_velocity_exceeded currency_not_supported do_not_honor do_not_try_again duplicate_transaction
expired_card fraudulent generic_decline incorrect_number incorrect_cvc incorrect_pin incorrect_zip
insufficient_funds invalid_account invalid_amount invalid_cvc invalid_expiry_month
invalid_expiry_year invalid_number invalid_pin issuer_not_available lost_card merchant_blacklist
new_account_information_available no_action_taken not_permitted offline_pin_required
online_or_offline_pin_required pickup_card pin_try_exceeded processing_error reenter_transaction
restricted_card revocation_of_all_authorizations revocation_of_authorization security_violation
service_not_allowed stolen_card stop_payment_order testmode_decline transaction_not_allowed
try_again_later withdrawal_count_limit_exceeded`.split(/\s+/)

describe('the error look-up covers the whole public decline-code list', () => {
  it('files every code under exactly one entry', () => {
    const filed = declineEntries.flatMap((e) => e.codes)
    expect([...filed].sort()).toEqual(expect.arrayContaining([...publicCodes].sort()))
    expect(new Set(filed).size).toBe(filed.length)
  })

  it.each(publicCodes)('explains %s alone, in Chinese and English', (code) => {
    const owner = declineEntries.find((e) => e.codes.includes(code))
    expect(lookUpDecline(code)[0]?.entry.id).toBe(owner?.id)
    for (const lang of ['zh', 'en'] as const) {
      const [first] = explainDecline(code, lang).matches
      expect(first?.id).toBe(owner?.id)
      expect(first?.title.length ?? 0, `${code} ${lang}`).toBeGreaterThan(2)
      expect(first?.doNow.length ?? 0).toBeGreaterThan(0)
      if (lang === 'zh') expect(first?.cause).toMatch(/\p{Script=Han}/u)
    }
  })

  it.each([
    [
      'A transaction with identical amount and credit card information was submitted very recently.',
      'duplicate-transaction',
    ],
    ['重复交易', 'duplicate-transaction'],
    ['Allowable number of PIN tries exceeded', 'pin-required'],
    ['The payment was declined because it matches a value on the block list.', 'merchant-blocked'],
    ['Your request was in live mode, but used a known test card.', 'test-card'],
    ['stop payment order', 'payment-stopped'],
  ])('reads %j', (text, id) => {
    expect(lookUpDecline(text)[0]?.entry.id).toBe(id)
  })
})
