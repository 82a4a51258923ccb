import creditCardType from 'credit-card-type'

/** How many leading digits PayLight may keep: 8 only where the rest cannot be worked out. */
export type KeptBinLength = 6 | 8

// BIN 8 + last 4 is the whole of a 12-digit number, all but the check digit of a 13-digit one and
// 10 guesses for a 14-digit one; PCI DSS allows the first 8 only for numbers of 16 or more digits.
// Once stored, a number's length is not known (and brands' tables leave real lengths out: 13-digit
// Visa), so a BIN kept with the last 4 is 6 digits, always; 8 only for a BIN kept alone.
const LONG_ENOUGH = 16

/** Every length the card brands matching these leading digits can have; empty when no brand matches. */
export function possibleLengths(leadingDigits: string): readonly number[] {
  if (!/^\d{1,19}$/.test(leadingDigits)) return []
  const lengths = creditCardType(leadingDigits.slice(0, 8)).flatMap((match) => match.lengths)
  return [...new Set(lengths)].sort((a, b) => a - b)
}

/**
 * The BIN length to keep. With the last 4 (a pasted number): 6, the one rule for BIN + last 4 —
 * the length is not kept, so it is unknown from then on. A BIN alone: 8 when every length the
 * brand issues is 16 or more, else 6.
 */
export function keptBinLength(leadingDigits: string, withLast4: boolean): KeptBinLength {
  if (withLast4) return 6
  const lengths = possibleLengths(leadingDigits)
  return lengths.length > 0 && lengths.every((length) => length >= LONG_ENOUGH) ? 8 : 6
}

/** A stored BIN that says too much: too long beside the last 4, or for the brand's short numbers. */
export interface BinPolicyProblem {
  readonly path: 'card.bin'
  readonly code: 'bin-too-long' | 'bin-too-long-for-brand'
}

/**
 * The validation rule, the same as the card field's: a BIN of 7–8 digits together with the last 4
 * is refused (the number's length is unknown, and for a number under 16 digits the pair gives
 * most of it away); alone, 7–8 digits only where every length the brand issues is 16 or more
 * (never an American Express 37828224 or a Diners 30569309).
 */
export function binPolicyProblem(card: {
  readonly bin: string
  readonly last4: string | null
}): BinPolicyProblem | null {
  if (card.bin.length <= 6) return null
  if (card.last4 !== null) return { path: 'card.bin', code: 'bin-too-long' }
  return keptBinLength(card.bin, false) === 8
    ? null
    : { path: 'card.bin', code: 'bin-too-long-for-brand' }
}

/** The card as PayLight may keep it: the BIN cut to 6 digits where the rule above asks for it. */
export function enforceBinPolicy<T extends { readonly bin: string; readonly last4: string | null }>(
  card: T,
): T {
  return binPolicyProblem(card) ? { ...card, bin: card.bin.slice(0, 6) } : card
}
