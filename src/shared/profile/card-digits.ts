/**
 * Text as a card-number scan reads it: a "shadow" of the text, one entry per character after NFKC,
 * with every decimal digit (any script) as an ASCII digit, every dash-like character as `-`,
 * ASCII punctuation kept (dates, times, IPs and phone numbers are recognised from it), every other
 * space, symbol, mark, control, invisible, modifier letter or separator-like letter as a space, and
 * real letters kept. `origin[i]` is where shadow character i came from in the original text.
 */
export interface Shadow {
  readonly text: string
  readonly origin: readonly number[]
  /** The original text's length, so a span can run to its end. */
  readonly length: number
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

/** One (NFKC-normalised) character as the scan sees it; see {@link Shadow}. */
export function shadowChar(char: string): string {
  const code = char.codePointAt(0) ?? 0
  if (code < 128) return code < 32 || code === 127 ? ' ' : char
  if (decimal.test(char)) return asciiDigit(code)
  if (dashLike.test(char)) return '-'
  if (lookAlikes.test(char) || modifierLetter.test(char)) return ' '
  if (letter.test(char)) return char
  if (otherNumber.test(char)) return BREAK
  return ' '
}

// eslint-disable-next-line no-control-regex -- "every character is ASCII" includes the controls
const ascii = /^[\x00-\x7f]*$/

/** The shadow of a text (see {@link Shadow}). Plain ASCII, almost every field, takes a short path. */
export function shadowOf(text: string): Shadow {
  const origin: number[] = []
  let out = ''
  if (ascii.test(text)) {
    for (let i = 0; i < text.length; i += 1) {
      out += shadowChar(text[i] as string)
      origin.push(i)
    }
    return { text: out, origin, length: text.length }
  }
  let index = 0
  for (const unit of text) {
    for (const char of unit.normalize('NFKC')) {
      out += shadowChar(char)
      origin.push(index)
    }
    index += unit.length
  }
  return { text: out, origin, length: text.length }
}

const MAX_GAP = 16
// Scripts whose single letter is a word (or a syllable) of its own, never a separator.
const wordLetter =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Yi}]/u
const letters = /\p{L}/gu
const anyLetter = /\p{L}/u

/**
 * What may stand between two digit groups of one number: a short run of spaces, punctuation,
 * symbols, marks, invisible or modifier characters, separator-like letters, and at most one other
 * letter (`4111x1111`) — never a word, never a date, time, IP address or phone number.
 */
export function isSeparatorGap(gap: string): boolean {
  if (gap.length > MAX_GAP || gap.includes(BREAK)) return false
  const found = gap.match(letters)
  if (!found) return true
  return found.length === 1 && !wordLetter.test(found[0] as string)
}

const noLetters = (text: string) => !text.includes(BREAK) && !anyLetter.test(text)

/** One group of consecutive digits, as shadow offsets (end exclusive). */
export interface Group {
  readonly start: number
  readonly end: number
}

/** Digit groups that belong to one number, and whether only separators come before it. */
export interface RawRun {
  readonly groups: Group[]
  readonly atStart: boolean
}

/** Digit groups (shadow offsets) joined into runs by separator gaps; see {@link isSeparatorGap}. */
export function runsOf(shadow: string): { runs: RawRun[]; lastEndsClean: boolean } {
  const runs: RawRun[] = []
  let previousEnd = -1
  for (const match of shadow.matchAll(/\d+/g)) {
    const group = { start: match.index, end: match.index + match[0].length }
    const current = runs.at(-1)
    if (current && isSeparatorGap(shadow.slice(previousEnd, group.start)))
      current.groups.push(group)
    else {
      const before = shadow.slice(previousEnd < 0 ? 0 : previousEnd, group.start)
      runs.push({ groups: [group], atStart: previousEnd < 0 && noLetters(before) })
    }
    previousEnd = group.end
  }
  return { runs, lastEndsClean: previousEnd >= 0 && noLetters(shadow.slice(previousEnd)) }
}

/** Where shadow positions `from`..`to` (exclusive) came from in the original text. */
export function spanOf(shadow: Shadow, from: number, to: number): TextSpan {
  const start = shadow.origin[from] ?? 0
  const last = shadow.origin[to - 1] ?? start
  let end = shadow.length
  for (let k = to; k < shadow.origin.length; k += 1) {
    const next = shadow.origin[k] ?? end
    if (next > last) {
      end = next
      break
    }
  }
  return { start, end }
}

/** Every digit of a text, in any script, as ASCII (what the card field keeps digits from). */
export function allDigits(text: string): string {
  return shadowOf(text).text.replace(/[^0-9]/g, '')
}

/** Where a stretch of the original text sits (UTF-16 offsets, end exclusive). */
export interface TextSpan {
  readonly start: number
  readonly end: number
}

/**
 * The text with every run of at least `minDigits` digits (any script, the scanner's separators
 * between groups) replaced by `•••`, for text quoted back where even part of a number is too much.
 */
export function maskRuns(text: string, minDigits: number): string {
  const shadow = shadowOf(text)
  let out = ''
  let at = 0
  for (const run of runsOf(shadow.text).runs) {
    const first = run.groups[0] as Group
    const last = run.groups[run.groups.length - 1] as Group
    if (run.groups.reduce((n, g) => n + g.end - g.start, 0) < minDigits) continue
    const span = spanOf(shadow, first.start, last.end)
    out += text.slice(at, span.start) + '•••'
    at = span.end
  }
  return out + text.slice(at)
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
