import { replaceSpans, runsOf, spanOf, type Group, type TextSpan } from './card-digits'
import { expiryCutsAfter, expiryCutsBefore, groupsJoin, sideBySideCut } from './card-grouping'
import { CARD_DIGITS, cardLikeness } from './card-like'
import { needsWideReading, shadowOf, type ReadingMode, type Shadow } from './card-shadow'
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

/** The reading modes a text needs: the plain one, and the wide one where it can differ. */
export const readingModes = (text: string): readonly ReadingMode[] =>
  needsWideReading(text) ? ['plain', 'wide'] : ['plain']

// Every stretch of consecutive groups of a run, from a group's start (or the end of an expiry glued
// before it) to a group's end (or the start of an expiry glued after it), that is a card number.
function numbersIn(groups: readonly Group[], shadow: Shadow, spans: TextSpan[]): void {
  const text = shadow.text
  const digitsOf = (g: Group) => text.slice(g.start, g.end)
  const between = sideBySideCut(
    groups.map((g) => g.end - g.start),
    groups.slice(1).map((g, k) => text.slice((groups[k] as Group).end, g.start)),
  )
  groups.forEach((first, i) => {
    const firstDigits = digitsOf(first)
    for (const skip of [0, ...expiryCutsBefore(firstDigits, text.slice(0, first.start))]) {
      let joined = ''
      const sizes: number[] = []
      for (let j = i; j < groups.length; j += 1) {
        const group = groups[j] as Group
        const own = j === i ? firstDigits.slice(skip) : digitsOf(group)
        const after = text.slice(group.end, group.end + 12)
        for (const cut of [0, ...expiryCutsAfter(own, after)]) {
          const digits = joined + own.slice(0, own.length - cut)
          const likeness = cardLikeness(digits)
          if (likeness === null) continue
          const gaps = groups
            .slice(i + 1, j + 1)
            .map((g, k) => text.slice((groups[i + k] as Group).end, g.start))
          if (
            !groupsJoin(
              [...sizes, own.length - cut],
              gaps,
              i === 0 && skip === 0,
              digits,
              likeness,
              between >= 0 && i <= between && j > between,
            )
          )
            continue
          spans.push(spanOf(shadow, first.start + skip, group.end - cut))
        }
        joined += own
        sizes.push(own.length)
        if (joined.length >= CARD_DIGITS.max) break
      }
    }
  })
}

/**
 * Reads one text for card numbers however they are written (see `scanForCardNumbers`), in one
 * reading mode: every stretch of consecutive digit groups of 13–19 digits that is card-like
 * ({@link cardLikeness}) and grouped as one number ({@link groupsJoin}) is a number; dates, times,
 * IPs, phone numbers, IBANs and ID numbers are not.
 */
export function scanText(text: string, mode: ReadingMode = 'plain'): TextScan {
  const shadow = shadowOf(text, mode)
  const { runs: raw, lastEndsClean } = runsOf(blankNonCardTokens(shadow.text))
  const numbers: TextSpan[] = []
  const runs: DigitRun[] = raw.map((run, index) => {
    numbersIn(run.groups, shadow, numbers)
    const sizes = run.groups.map((g) => g.end - g.start)
    return {
      digits: run.groups.map((g) => shadow.text.slice(g.start, g.end)).join(''),
      groupStarts: sizes.map((_, i) => sizes.slice(0, i).reduce((a, b) => a + b, 0)),
      atStart: run.atStart,
      atEnd: index === raw.length - 1 && lastEndsClean,
    }
  })
  return { numbers, runs }
}

/** Where a text holds card numbers, in every reading it needs. */
export function cardNumberSpans(text: string): TextSpan[] {
  return readingModes(text).flatMap((mode) => scanText(text, mode).numbers)
}

/** The mark that stands for a masked card number wherever input is quoted back. */
export const MASK = '•••'

/**
 * The text with every card number the scanner would refuse replaced by {@link MASK}: for anything
 * that quotes input back (messages, key paths, log lines, CLI output), so a refused number is never
 * printed. Text without 13 digits in any reading is returned as is, cheaply.
 */
export function maskCardNumbers(text: string): string {
  const wide = needsWideReading(text)
  if (!wide && (text.match(/\p{N}/gu)?.length ?? 0) < CARD_DIGITS.min) return text
  return replaceSpans(text, cardNumberSpans(text), MASK)
}
