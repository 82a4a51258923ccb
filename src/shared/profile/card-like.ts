import creditCardType from 'credit-card-type'
import { luhnValid } from './card-digits'

/** The shortest and longest card numbers the scan looks for (12-digit Maestro cards are too rare to
 * be worth the false alarms on order numbers). */
export const CARD_DIGITS = { min: 13, max: 19 } as const

/**
 * How sure a digit string is a card number: `checked` — 13–19 digits, Luhn-valid, and a length the
 * brand of its leading digits issues (from `credit-card-type`; 13-digit Visa numbers too, which are
 * real though the table leaves them out); `unchecked` — a UnionPay number (62…, 16–19 digits) that
 * fails Luhn, which UnionPay does not require of every card, so only its shape can tell; else null.
 */
export type CardLikeness = 'checked' | 'unchecked' | null

/** See {@link CardLikeness}. */
export function cardLikeness(digits: string): CardLikeness {
  const length = digits.length
  if (length < CARD_DIGITS.min || length > CARD_DIGITS.max) return null
  if (luhnValid(digits)) {
    if (length === 13 && digits.startsWith('4')) return 'checked'
    if (creditCardType(digits.slice(0, 8)).some((brand) => brand.lengths.includes(length)))
      return 'checked'
  }
  return digits.startsWith('62') && length >= 16 ? 'unchecked' : null
}

/**
 * Whether a digit string could be a payment card's number ({@link cardLikeness} either way). Phone,
 * order and invoice numbers rarely pass; a card number always does.
 */
export function isCardLike(digits: string): boolean {
  return cardLikeness(digits) !== null
}

/**
 * The group sizes the brands of these leading digits print a number of this length in (Visa
 * 4-4-4-4, Amex 4-6-5, Diners 4-6-4), from `credit-card-type`'s gaps.
 */
export function brandGroupings(digits: string): readonly (readonly number[])[] {
  const length = digits.length
  return creditCardType(digits.slice(0, 8))
    .filter((brand) => brand.lengths.includes(length))
    .map((brand) => {
      const cuts = [0, ...brand.gaps.filter((gap) => gap < length), length]
      return cuts.slice(1).map((cut, i) => cut - (cuts[i] as number))
    })
}
