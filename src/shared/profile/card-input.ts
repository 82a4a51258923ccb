/** What the card-number field keeps from what was typed or pasted. */
export interface DigestedCardInput {
  /** The first 8 digits (6 for an American Express number), or what was typed so far. */
  readonly bin: string
  /** The last 4 digits when a full number was pasted, so the user need not type them again. */
  readonly last4: string | null
  /** True when more than a BIN was given and the rest was thrown away on the spot. */
  readonly discarded: boolean
}

/**
 * Runs in the input handler, before anything is stored or sent: keeps at most the BIN and the
 * last four digits of whatever was typed or pasted and drops the rest. Spaces and dashes are
 * ignored; other characters are dropped.
 */
export function digestCardInput(raw: string): DigestedCardInput {
  const digits = raw.replace(/\D/g, '')
  if (digits.length <= 8) return { bin: digits, last4: null, discarded: false }
  // American Express numbers (15 digits, 34/37) have 6-digit BINs; everything else keeps 8.
  const binLength = digits.length === 15 && /^3[47]/.test(digits) ? 6 : 8
  return {
    bin: digits.slice(0, binLength),
    last4: digits.length >= 12 ? digits.slice(-4) : null,
    discarded: true,
  }
}

/** A run of 12 or more digits (spaces and dashes allowed): a full card number, never accepted. */
export function looksLikeCardNumber(value: string): boolean {
  return /(?:\d[ -]?){12,}/.test(value)
}

/** Field names that mean a security code; a payload carrying one is refused outright. */
export function isSecurityCodeField(name: string): boolean {
  return /^(cvc|cvv|cvv2|cvc2|csc|cid|securitycode|security_code|cardcode|card_code)$/i.test(
    name.replace(/[-\s]/g, ''),
  )
}
