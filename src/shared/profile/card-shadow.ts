import { hasOtherDigits, otherDigitValue } from './digit-value'
import { decodedReading } from './markup-reading'

/**
 * Text as a card-number scan reads it: a "shadow" of the text, one entry per character after NFKC,
 * with every decimal digit (any script) as an ASCII digit, every dash-like character as `-`,
 * ASCII punctuation kept (dates, times, IPs and phone numbers are recognised from it), invisible
 * format characters (zero-width spaces and joiners, soft hyphens, bidi marks, variation selectors)
 * dropped, every other space, symbol, mark, control, modifier letter or separator-like letter as a
 * space, and real letters kept. `origin[i]` is where shadow character i came from in the original.
 */
export interface Shadow {
  readonly text: string
  readonly origin: readonly number[]
  /** The original text's length, so a span can run to its end. */
  readonly length: number
}

/**
 * How a text is read. `plain`: as written, decimal digits only (a stroke-like numeral such as 一
 * between digit groups is a separator). `wide`: its markup and escapes undone (`%20`, `&#52;`,
 * `<span>`), and every character with a digit's numeric value read as that digit (➀ ⓵ ፩ 〇 一 二 …).
 * A number found in either reading is a number.
 */
export type ReadingMode = 'plain' | 'wide'

/** Whether the wide reading of a text can differ from its plain one (else one reading is enough). */
export function needsWideReading(text: string): boolean {
  return /[<&%]/.test(text) || hasOtherDigits(text)
}

/** Stands for a token that is not part of any number (a date, a phone number): it ends a run. */
export const BREAK = '\ue000'

const decimal = /^\p{Nd}$/u
const dashLike = /^[\p{Pd}\u2212\u2015]$/u
// Letters that look like a stroke, a bar or a dot and so can stand between digit groups:
// Latin clicks, Hangul and Bopomofo strokes, CJK strokes, Hebrew and Runic bars, a Sinological dot.
const lookAlikes =
  /^[\u01c0-\u01c3\u3161\u1173\u3163\u1175\u318d\u119e\u11a2\u3127\u4e00\u4e28\u4e36\u4e3f\ua78f\u16c1\u05d5\u05df\u0131\u115f\u1160\u3164\uffa0]$/u
const letter = /^\p{L}$/u
// Characters that take no room: `4111\u200b1111` reads as the one group people see.
const invisible = /^[\p{Cf}\u034f\u180b-\u180f\ufe00-\ufe0f\u{e0100}-\u{e01ef}]$/u
const modifierLetter = /^\p{Lm}$/u
const otherNumber = /^[\p{Nl}\p{No}]$/u
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

/** One (NFKC-normalised) character as the plain reading sees it; see {@link Shadow}. */
export function shadowChar(char: string): string {
  const code = char.codePointAt(0) ?? 0
  if (code < 128) return code < 32 || code === 127 ? ' ' : char
  if (decimal.test(char)) return asciiDigit(code)
  if (invisible.test(char)) return ''
  if (dashLike.test(char)) return '-'
  if (lookAlikes.test(char) || modifierLetter.test(char)) return ' '
  if (letter.test(char)) return char
  if (otherNumber.test(char)) return BREAK
  return ' '
}

// A character as the wide reading sees it: its digit value first, then as the plain reading does.
const wideChar = (char: string) => otherDigitValue(char.codePointAt(0) ?? 0) ?? shadowChar(char)

// eslint-disable-next-line no-control-regex -- "every character is ASCII" includes the controls
const ascii = /^[\x00-\x7f]*$/

/**
 * The shadow of a text (see {@link Shadow}) in a reading mode. Plain ASCII, almost every field,
 * takes a short path.
 */
export function shadowOf(text: string, mode: ReadingMode = 'plain'): Shadow {
  const decoded = mode === 'wide' ? decodedReading(text) : null
  const source = decoded?.text ?? text
  const originOf = (i: number) => (decoded ? (decoded.origin[i] ?? i) : i)
  const map = mode === 'wide' ? wideChar : shadowChar
  const origin: number[] = []
  let out = ''
  if (ascii.test(source)) {
    for (let i = 0; i < source.length; i += 1) {
      out += shadowChar(source[i] as string)
      origin.push(originOf(i))
    }
    return { text: out, origin, length: text.length }
  }
  let index = 0
  for (const unit of source) {
    const own = mode === 'wide' ? otherDigitValue(unit.codePointAt(0) ?? 0) : null
    for (const char of own ?? unit.normalize('NFKC')) {
      const seen = own ?? map(char)
      out += seen
      if (seen) origin.push(originOf(index))
    }
    index += unit.length
  }
  return { text: out, origin, length: text.length }
}

/**
 * Every digit of a text, in any script and any numeral a number can be written in (the wide
 * reading), as ASCII: what the card field keeps digits from.
 */
export function allDigits(text: string): string {
  return shadowOf(text, 'wide').text.replace(/[^0-9]/g, '')
}
