import creditCardType from 'credit-card-type'

/** How many leading digits PayLight may keep: 8 only where the rest cannot be worked out. */
export type KeptBinLength = 6 | 8

// BIN 8 + last 4 is the whole of a 12-digit number, all but the check digit of a 13-digit one and
// 10 guesses for a 14-digit one; PCI DSS allows the first 8 only for numbers of 16 or more digits.
const LONG_ENOUGH = 16

/** Every length the card brands matching these leading digits can have; empty when no brand matches. */
export function possibleLengths(leadingDigits: string): readonly number[] {
  if (!/^\d{1,19}$/.test(leadingDigits)) return []
  const lengths = creditCardType(leadingDigits.slice(0, 8)).flatMap((match) => match.lengths)
  return [...new Set(lengths)].sort((a, b) => a - b)
}

/**
 * The BIN length to keep: from the number's length when it is known (a pasted number), otherwise
 * from the brand's possible lengths — 8 only if every one is 16 or more; 6 when unknown.
 */
export function keptBinLength(leadingDigits: string, numberLength: number | null): KeptBinLength {
  if (numberLength !== null) return numberLength >= LONG_ENOUGH ? 8 : 6
  const lengths = possibleLengths(leadingDigits)
  return lengths.length > 0 && lengths.every((length) => length >= LONG_ENOUGH) ? 8 : 6
}

/** A stored BIN and last 4 that together say too much about the number. */
export interface BinPolicyProblem {
  readonly path: 'card.bin'
  readonly code: 'bin-too-long'
}

/**
 * The validation rule: a BIN of 7–8 digits together with the last 4 is refused when the brand
 * allows numbers shorter than 16 digits (the pair would give most of the number away).
 */
export function binPolicyProblem(card: {
  readonly bin: string
  readonly last4: string | null
}): BinPolicyProblem | null {
  if (card.last4 === null || card.bin.length <= 6 || keptBinLength(card.bin, null) === 8)
    return null
  return { path: 'card.bin', code: 'bin-too-long' }
}

/** The card as PayLight may keep it: the BIN cut to 6 digits where the rule above asks for it. */
export function enforceBinPolicy<T extends { readonly bin: string; readonly last4: string | null }>(
  card: T,
): T {
  return binPolicyProblem(card) ? { ...card, bin: card.bin.slice(0, 6) } : card
}
