import { digitRuns, luhnValid, type DigitRun } from './card-digits'

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

const MIN_DIGITS = 12
const MAX_DIGITS = 19
const MAX_DEPTH = 32
const MAX_HITS = 50
// The two fields that hold card digits by design (at most BIN + last 4): scanned alone, never joined.
const keptDigitField = /(?:^|\.)card\.(?:bin|last4)$/
const timestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/

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

function roleOf(path: string, text: string): Leaf['role'] {
  if (keptDigitField.test(path)) return 'barrier'
  return timestamp.test(text) ? 'alone' : 'join'
}

function collect(value: unknown, path: string, leaves: Leaf[], depth: number, seen: Set<object>) {
  if (typeof value === 'string') leaves.push({ path, text: value, role: roleOf(path, value) })
  else if (typeof value === 'number' || typeof value === 'bigint')
    leaves.push({ path, text: String(value), role: 'alone' })
  else if (value !== null && typeof value === 'object' && depth < MAX_DEPTH && !seen.has(value)) {
    seen.add(value)
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key
      leaves.push({ path: childPath, text: key, role: 'alone' })
      collect(child, childPath, leaves, depth + 1, seen)
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
  for (let i = chain.length - 2; i >= 0 && middle.length < MAX_DIGITS; i -= 1) {
    const first = (chain[i] as Segment).run
    for (const start of first.groupStarts)
      for (const end of ends) {
        const digits = first.digits.slice(start) + middle + last.digits.slice(0, end)
        if (digits.length >= MIN_DIGITS && digits.length <= MAX_DIGITS && luhnValid(digits))
          return chain.slice(i).map((segment) => segment.path)
      }
    middle = first.digits + middle
  }
  return null
}

/**
 * Finds full card numbers however they are written: any spelling of the digits (Unicode digits,
 * full-width, separators, invisible characters) in any string, number or key of the payload —
 * walked generically, so new fields are covered — and numbers split across neighbouring fields.
 * Within one field, any run of 12 or more digits counts (a mistyped number is still a number);
 * across fields, digit groups at the fields' edges that join into a Luhn-valid 12–19 digit number.
 * Machine-written timestamps never join (a date next to "Apt 1203" is not a card number).
 */
export function scanForCardNumbers(value: unknown): readonly CardNumberHit[] {
  const leaves: Leaf[] = []
  collect(value, '', leaves, 0, new Set())
  const hits = new Map<string, CardNumberHit>()
  const add = (path: string, kind: CardNumberHit['kind']) => {
    if (hits.size < MAX_HITS && !hits.has(path)) hits.set(path, { path, kind })
  }
  let chain: Segment[] = []
  for (const leaf of leaves) {
    const runs = digitRuns(leaf.text)
    const whole = runs.some((run) => run.digits.length >= MIN_DIGITS)
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
    chain = first.atStart ? [...chain.slice(1 - MAX_DIGITS), { path: leaf.path, run: first }] : []
    if (chain.length >= 2) for (const path of spanningPaths(chain) ?? []) add(path, 'split')
    const last = runs[runs.length - 1] as typeof first
    if (!last.atEnd) chain = []
    else if (runs.length > 1 || !first.atStart) chain = [{ path: leaf.path, run: last }]
  }
  return [...hits.values()]
}

/** The scanner's hits as validation problems; their messages are `profile.error.<code>`. */
export function cardNumberProblems(value: unknown): CardDataProblem[] {
  return scanForCardNumbers(value).map((hit) => ({
    path: hit.path,
    code: hit.kind === 'whole' ? 'full-card-number' : 'split-card-number',
  }))
}
