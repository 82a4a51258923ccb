/** What one character is to a card-number scan: a digit, something that joins digits, or a break. */
export type DigitClass =
  | { readonly kind: 'digit'; readonly digit: string }
  | { readonly kind: 'join' }
  | { readonly kind: 'break' }

const decimal = /^\p{Nd}$/u
// Only a letter (or a non-decimal number sign) ends a run. Spaces of every kind, punctuation,
// symbols, control, format, combining and unassigned characters may sit between a number's groups,
// and so may the Hangul fillers, letters that render as nothing.
const breaker = /^[\p{L}\p{Nl}\p{No}]$/u
const blankLetters = /^[\u115f\u1160\u3164\uffa0]$/u
const digitValues = new Map<number, string>()

// Unicode encodes every decimal digit set (Nd) as 10 consecutive code points, 0 to 9, so a digit's
// value is its distance from the start of its run, modulo 10.
function asciiDigit(codePoint: number): string {
  const known = digitValues.get(codePoint)
  if (known !== undefined) return known
  let offset = 0
  while (offset < 200 && decimal.test(String.fromCodePoint(codePoint - offset - 1))) offset += 1
  const digit = String(offset % 10)
  digitValues.set(codePoint, digit)
  return digit
}

/**
 * Splits text into digit runs the way a person reads a card number: NFKC first (full-width,
 * circled, mathematical digits), every Unicode decimal digit as ASCII, invisible characters
 * dropped, spaces/punctuation/symbols as group separators, letters as the end of a run.
 * Each run is returned with whether it touches the text's start and end (for joins across fields).
 */
export function digitRuns(text: string): readonly DigitRun[] {
  const runs: DigitRun[] = []
  let current = ''
  let groups: number[] = []
  let brokenBefore = false
  let separated = false
  // Plain ASCII (almost every field) is its own NFKC form and classifies by character code alone:
  // same answer as the general path, without normalising or a regular expression per character.
  const chars = ascii.test(text) ? asciiChars(text) : text.normalize('NFKC')
  for (const char of chars) {
    const cls = classify(char)
    if (cls.kind === 'digit') {
      if (current === '' || separated) groups.push(current.length)
      current += cls.digit
      separated = false
    } else if (cls.kind === 'join') separated = true
    else {
      if (current !== '')
        runs.push({ digits: current, groupStarts: groups, atStart: !brokenBefore, atEnd: false })
      current = ''
      groups = []
      brokenBefore = true
    }
  }
  if (current !== '')
    runs.push({ digits: current, groupStarts: groups, atStart: !brokenBefore, atEnd: true })
  return runs
}

/** A maximal run of digits and the separators between them. */
export interface DigitRun {
  readonly digits: string
  /** Where each group of digits (between separators) starts, as offsets into `digits`; 0 first. */
  readonly groupStarts: readonly number[]
  /** Nothing but separators before it: it could continue a number from the previous field. */
  readonly atStart: boolean
  /** Nothing but separators after it: it could continue into the next field. */
  readonly atEnd: boolean
}

// eslint-disable-next-line no-control-regex -- "every character is ASCII" includes the controls
const ascii = /^[\x00-\x7f]*$/
const asciiDigits = Array.from({ length: 10 }, (_, d): DigitClass => ({
  kind: 'digit',
  digit: `${d}`,
}))
const joinClass: DigitClass = { kind: 'join' }
const breakClass: DigitClass = { kind: 'break' }

// An ASCII string's characters without the string iterator's per-character allocations.
function* asciiChars(text: string): Generator<string> {
  for (let i = 0; i < text.length; i += 1) yield text[i] as string
}

/** How the scanner treats one (already NFKC-normalised) character. */
export function classify(char: string): DigitClass {
  if (char.length === 1) {
    const code = char.charCodeAt(0)
    if (code >= 48 && code <= 57) return asciiDigits[code - 48] as DigitClass
    // ASCII letters are \p{L} (a break); every other ASCII character is a space, punctuation,
    // symbol or control character (a join). No ASCII character is \p{Nl} or \p{No}.
    if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122 ? breakClass : joinClass
  }
  if (decimal.test(char)) return { kind: 'digit', digit: asciiDigit(char.codePointAt(0) ?? 0) }
  return breaker.test(char) && !blankLetters.test(char) ? { kind: 'break' } : { kind: 'join' }
}

/** The Luhn check every payment card number passes (and 9 in 10 random digit strings fail). */
export function luhnValid(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i += 1) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}
