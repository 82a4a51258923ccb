import { keptBinLength } from './bin-policy'
import { allDigits } from './card-shadow'

/** What the card-number field keeps from what was typed or pasted. */
export interface DigestedCardInput {
  /** The first 6 digits of a full number, or the BIN typed so far (up to 8, see keptBinLength). */
  readonly bin: string
  /** The last 4 digits when a full number was pasted, so the user need not type them again. */
  readonly last4: string | null
  /** True when more than a BIN was given and the rest was thrown away on the spot. */
  readonly discarded: boolean
}

const MIN_CARD_DIGITS = 12

/**
 * Runs in the input handler, before anything is stored or sent: keeps at most the BIN and the
 * last four digits of whatever was typed or pasted and drops the rest. Digits are read the way
 * the scanner reads them (any Unicode digits, any separators); letters and the like are dropped.
 * With the last 4, the first 6 digits (the one rule, `keptBinLength`); a bare BIN of a brand that
 * has no numbers under 16 digits may keep 8.
 */
export function digestCardInput(raw: string): DigestedCardInput {
  const digits = allDigits(raw).slice(0, 40)
  const complete = digits.length >= MIN_CARD_DIGITS
  const binLength = keptBinLength(digits, complete)
  return {
    bin: digits.slice(0, binLength),
    last4: complete ? digits.slice(-4) : null,
    discarded: digits.length > binLength,
  }
}

/** Field names that mean a security code; a payload carrying one is refused outright. */
export function isSecurityCodeField(name: string): boolean {
  return /^(cvc|cvv|cvv2|cvc2|csc|cid|securitycode|security_code|cardcode|card_code)$/i.test(
    name.replace(/[-\s]/g, ''),
  )
}
