import { BREAK, needsWideReading, shadowOf, type Shadow } from './card-shadow'

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

/** Where a stretch of the original text sits (UTF-16 offsets, end exclusive). */
export interface TextSpan {
  readonly start: number
  readonly end: number
}

/** Merges overlapping spans, in order. */
export function mergedSpans(spans: readonly TextSpan[]): TextSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  const out: TextSpan[] = []
  for (const span of sorted) {
    const last = out.at(-1)
    if (last && span.start <= last.end)
      out[out.length - 1] = { ...last, end: Math.max(last.end, span.end) }
    else out.push(span)
  }
  return out
}

/** The text with each span replaced by `mark` (spans merged first). */
export function replaceSpans(text: string, spans: readonly TextSpan[], mark: string): string {
  let out = ''
  let at = 0
  for (const span of mergedSpans(spans)) {
    out += text.slice(at, span.start) + mark
    at = span.end
  }
  return out + text.slice(at)
}

/**
 * The text with every run of at least `minDigits` digits (any script or numeral, either reading,
 * the scanner's separators between groups) replaced by `•••`, for text quoted back where even part
 * of a number is too much.
 */
export function maskRuns(text: string, minDigits: number): string {
  const spans: TextSpan[] = []
  for (const mode of needsWideReading(text) ? (['plain', 'wide'] as const) : (['plain'] as const)) {
    const shadow = shadowOf(text, mode)
    for (const run of runsOf(shadow.text).runs) {
      const first = run.groups[0] as Group
      const last = run.groups[run.groups.length - 1] as Group
      if (run.groups.reduce((n, g) => n + g.end - g.start, 0) < minDigits) continue
      spans.push(spanOf(shadow, first.start, last.end))
    }
  }
  return replaceSpans(text, spans, '•••')
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
