import { isCardLike, CARD_DIGITS } from './card-like'
import { needsWideReading, type ReadingMode } from './card-shadow'
import { scanText, type DigitRun } from './card-text-scan'

/** A field that holds a full card number, alone (`whole`) or together with its neighbours (`split`). */
export interface CardNumberHit {
  readonly path: string
  readonly kind: 'whole' | 'split'
}

/** A card-data problem in the shape the profile validator reports. */
export interface CardDataProblem {
  readonly path: string
  readonly code: 'full-card-number' | 'split-card-number'
}

/**
 * The order fields are stored and shown in, per object path (`billing`, `profiles.0.card`):
 * those keys first in that order, any others after them in their own order. Empty: as written.
 */
export type FieldOrder = (path: readonly string[]) => readonly string[]

const MAX_DEPTH = 32
const MAX_HITS = 50
// The two fields that hold card digits by design (at most BIN + last 4): scanned alone, never joined.
const keptDigitField = /(?:^|\.)card\.(?:bin|last4)$/

interface Leaf {
  readonly path: string
  readonly text: string
  /** `join`: may continue a number from its neighbours; `alone`: scanned by itself and invisible to
   * joins (keys, numbers); `barrier`: scanned by itself and ends any join (BIN and last 4). */
  readonly role: 'join' | 'alone' | 'barrier'
}

interface Segment {
  readonly path: string
  readonly run: DigitRun
}

const hasOwn = (value: object, key: string) => Object.prototype.hasOwnProperty.call(value, key)

function orderedKeys(value: object, at: readonly string[], order: FieldOrder | null): string[] {
  const own = Object.keys(value)
  if (!order || Array.isArray(value)) return own
  const first = order(at).filter((key) => hasOwn(value, key))
  const known = new Set(first)
  return [...first, ...own.filter((key) => !known.has(key))]
}

function collect(
  value: unknown,
  at: readonly string[],
  leaves: Leaf[],
  seen: Set<object>,
  order: FieldOrder | null,
): void {
  const path = at.join('.')
  if (typeof value === 'string')
    leaves.push({ path, text: value, role: keptDigitField.test(path) ? 'barrier' : 'join' })
  else if (typeof value === 'number' || typeof value === 'bigint')
    leaves.push({ path, text: String(value), role: 'alone' })
  else if (
    value !== null &&
    typeof value === 'object' &&
    at.length < MAX_DEPTH &&
    !seen.has(value)
  ) {
    seen.add(value)
    for (const key of orderedKeys(value, at, order)) {
      const child = (value as Record<string, unknown>)[key]
      leaves.push({ path: [...at, key].join('.'), text: key, role: 'alone' })
      collect(child, [...at, key], leaves, seen, order)
    }
  }
}

// A number split across fields ends one field and starts the next: it begins at a digit group of
// the first field's last run and ends at a group boundary of the last field's first run, with whole
// fields between. Checks every such chain ending at the newest segment.
function spanningPaths(chain: readonly Segment[]): readonly string[] | null {
  const last = (chain[chain.length - 1] as Segment).run
  const ends = [...last.groupStarts.slice(1), last.digits.length]
  let middle = ''
  for (let i = chain.length - 2; i >= 0 && middle.length < CARD_DIGITS.max; i -= 1) {
    const first = (chain[i] as Segment).run
    for (const start of first.groupStarts)
      for (const end of ends)
        if (isCardLike(first.digits.slice(start) + middle + last.digits.slice(0, end)))
          return chain.slice(i).map((segment) => segment.path)
    middle = first.digits + middle
  }
  return null
}

function scanLeaves(
  leaves: readonly Leaf[],
  mode: ReadingMode,
  add: (path: string, kind: CardNumberHit['kind']) => void,
) {
  let chain: Segment[] = []
  for (const leaf of leaves) {
    const { numbers, runs } = scanText(leaf.text, mode)
    const whole = numbers.length > 0
    if (whole) add(leaf.path, 'whole')
    if (leaf.role !== 'join' || whole) {
      if (leaf.role === 'barrier' || whole) chain = []
      continue
    }
    const first = runs[0]
    if (!first) {
      if (leaf.text.trim() !== '') chain = []
      continue
    }
    // A number has at most 19 digits, so no more than 19 segments can share one.
    chain = first.atStart
      ? [...chain.slice(1 - CARD_DIGITS.max), { path: leaf.path, run: first }]
      : []
    if (chain.length >= 2) for (const path of spanningPaths(chain) ?? []) add(path, 'split')
    const last = runs[runs.length - 1] as DigitRun
    if (!last.atEnd) chain = []
    else if (runs.length > 1 || !first.atStart) chain = [{ path: leaf.path, run: last }]
  }
}

/**
 * Finds full card numbers however they are written: any spelling of the digits (Unicode digits,
 * full-width, numerals with a digit value such as ➀ ፩ 〇 一, any separators, invisible characters,
 * modifier or separator-like letters between the groups, markup and percent-escapes, a glued
 * expiry) in any string, number or key of the payload — walked generically, so new fields are
 * covered — and numbers split across neighbouring fields, in the payload's own key order and, when
 * `order` is given, in the order the fields are stored and shown. A number is 13–19 digits that
 * pass the card checks (`isCardLike`); dates, times, IPs and phone numbers are not numbers here.
 */
export function scanForCardNumbers(
  value: unknown,
  order: FieldOrder | null = null,
): readonly CardNumberHit[] {
  const hits = new Map<string, CardNumberHit>()
  const add = (path: string, kind: CardNumberHit['kind']) => {
    if (hits.size < MAX_HITS && !hits.has(path)) hits.set(path, { path, kind })
  }
  for (const ordering of order ? [null, order] : [null]) {
    const leaves: Leaf[] = []
    collect(value, [], leaves, new Set(), ordering)
    // The wide reading (markup undone, every numeral a digit) only where some text can differ.
    const wide = leaves.some((leaf) => needsWideReading(leaf.text))
    for (const mode of wide ? (['plain', 'wide'] as const) : (['plain'] as const))
      scanLeaves(leaves, mode, add)
  }
  return [...hits.values()]
}

/** The scanner's hits as validation problems; their messages are `profile.error.<code>`. */
export function cardNumberProblems(
  value: unknown,
  order: FieldOrder | null = null,
): CardDataProblem[] {
  return scanForCardNumbers(value, order).map((hit) => ({
    path: hit.path,
    code: hit.kind === 'whole' ? 'full-card-number' : 'split-card-number',
  }))
}
