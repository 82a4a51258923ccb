import { runsOf, shadowOf, spanOf, type TextSpan } from './card-digits'
import { CARD_DIGITS, isCardLike } from './card-like'
import { blankNonCardTokens } from './not-card-numbers'

/** A maximal run of digit groups and the separators between them, in one field's text. */
export interface DigitRun {
  readonly digits: string
  /** Where each group of digits (between separators) starts, as offsets into `digits`; 0 first. */
  readonly groupStarts: readonly number[]
  /** Nothing but separators before it: it could continue a number from the previous field. */
  readonly atStart: boolean
  /** Nothing but separators after it: it could continue into the next field. */
  readonly atEnd: boolean
}

export type { TextSpan } from './card-digits'

/** One field's text read for card numbers: the whole numbers in it, and its runs (for joins). */
export interface TextScan {
  readonly numbers: readonly TextSpan[]
  readonly runs: readonly DigitRun[]
}

// The longest group a card number is written in when it is grouped (4-4-4-4, 4-6-5, 4-6-4).
const MAX_CARD_GROUP = 6

/**
 * Whether digit groups could be a card number as people write one: all in one, in halves (where
 * the text's digits start), or in groups of at most 6 — never an order number's 3-7-7 blocks.
 */
function cardGrouping(groups: number, widest: number, atRunStart: boolean): boolean {
  return groups === 1 || widest <= MAX_CARD_GROUP || (groups === 2 && atRunStart)
}

/**
 * Reads one text for card numbers however they are written (see `scanForCardNumbers`): every
 * stretch of consecutive digit groups, from a group's start to a group's end, of 13–19 digits that
 * is card-like ({@link isCardLike}) is a number; dates, times, IPs and phone numbers are not.
 */
export function scanText(text: string): TextScan {
  const shadow = shadowOf(text)
  const { runs: raw, lastEndsClean } = runsOf(blankNonCardTokens(shadow.text))
  const numbers: TextSpan[] = []
  const runs: DigitRun[] = raw.map((run, index) => {
    const digits = run.groups.map((g) => shadow.text.slice(g.start, g.end)).join('')
    let offset = 0
    const spans = run.groups.map((g) => {
      const from = offset
      offset += g.end - g.start
      return { ...g, from, to: offset }
    })
    spans.forEach((first, i) => {
      let widest = 0
      spans.slice(i).forEach((last, k) => {
        const size = last.to - first.from
        widest = Math.max(widest, last.to - last.from)
        if (size > CARD_DIGITS.max || size < CARD_DIGITS.min) return
        if (cardGrouping(k + 1, widest, i === 0) && isCardLike(digits.slice(first.from, last.to)))
          numbers.push(spanOf(shadow, first.start, last.end))
      })
    })
    return {
      digits,
      groupStarts: spans.map((s) => s.from),
      atStart: run.atStart,
      atEnd: index === raw.length - 1 && lastEndsClean,
    }
  })
  return { numbers, runs }
}

/** Merges overlapping spans, in order. */
function merged(spans: readonly TextSpan[]): TextSpan[] {
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

/** The mark that stands for a masked card number wherever input is quoted back. */
export const MASK = '•••'

/**
 * The text with every card number the scanner would refuse replaced by {@link MASK}: for anything
 * that quotes input back (messages, key paths, log lines, CLI output), so a refused number is never
 * printed. Text without 13 digits is returned as is, cheaply.
 */
export function maskCardNumbers(text: string): string {
  if ((text.match(/\p{N}/gu)?.length ?? 0) < CARD_DIGITS.min) return text
  const spans = merged(scanText(text).numbers)
  let out = ''
  let at = 0
  for (const span of spans) {
    out += text.slice(at, span.start) + MASK
    at = span.end
  }
  return out + text.slice(at)
}
