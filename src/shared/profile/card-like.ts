import creditCardType from 'credit-card-type'
import { luhnValid } from './card-digits'

/** The shortest and longest card numbers the scan looks for (12-digit Maestro cards are too rare to
 * be worth the false alarms on order numbers). */
export const CARD_DIGITS = { min: 13, max: 19 } as const

/**
 * Whether a digit string could be a payment card's number: 13–19 digits, Luhn-valid, and a length
 * the brand of its leading digits issues (from `credit-card-type`; 13-digit Visa numbers too,
 * which are real though the table leaves them out). Phone, order and invoice numbers rarely pass all
 * three; a card number always does.
 */
export function isCardLike(digits: string): boolean {
  const length = digits.length
  if (length < CARD_DIGITS.min || length > CARD_DIGITS.max || !luhnValid(digits)) return false
  if (length === 13 && digits.startsWith('4')) return true
  return creditCardType(digits.slice(0, 8)).some((brand) => brand.lengths.includes(length))
}
