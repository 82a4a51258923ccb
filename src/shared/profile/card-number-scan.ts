import type { Bilingual } from '../verdict/types'
import { digitRuns, luhnValid } from './card-digits'

/** A field that holds a full card number, alone (`whole`) or together with its neighbours (`split`). */
export interface CardNumberHit {
  readonly path: string
  readonly kind: 'whole' | 'split'
}

/** A card-data problem in the shape the profile validator reports. */
export interface CardDataProblem {
  readonly path: string
  readonly code: 'full-card-number' | 'split-card-number'
  readonly message: Bilingual
}

const MIN_DIGITS = 12
const MAX_DIGITS = 19
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
  readonly digits: string
}

function collect(value: unknown, path: string, leaves: Leaf[], depth: number, seen: Set<object>) {
  if (typeof value === 'string')
    leaves.push({ path, text: value, role: keptDigitField.test(path) ? 'barrier' : 'join' })
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

// Checks every card-length, Luhn-valid window that crosses the boundary into the chain's last
// segment; returns the fields that window takes digits from.
function spanningPaths(chain: readonly Segment[]): readonly string[] | null {
  const last = chain[chain.length - 1] as Segment
  const owners: string[] = []
  let before = ''
  for (let i = chain.length - 2; i >= 0 && before.length < MAX_DIGITS - 1; i -= 1) {
    const segment = chain[i] as Segment
    const take = segment.digits.slice(-(MAX_DIGITS - 1 - before.length))
    before = take + before
    owners.unshift(...Array<string>(take.length).fill(segment.path))
  }
  const head = last.digits.slice(0, MAX_DIGITS - 1)
  const digits = before + head
  owners.push(...Array<string>(head.length).fill(last.path))
  const k = before.length
  for (let length = MIN_DIGITS; length <= MAX_DIGITS; length += 1)
    for (let s = Math.max(0, k - length + 1); s < k && s + length <= digits.length; s += 1)
      if (luhnValid(digits.slice(s, s + length))) return [...new Set(owners.slice(s, s + length))]
  return null
}

/**
 * Finds full card numbers however they are written: any spelling of the digits (Unicode digits,
 * full-width, separators, invisible characters) in any string, number or key of the payload —
 * walked generically, so new fields are covered — and numbers split across neighbouring fields.
 * Within one field, any run of 12 or more digits counts (a mistyped number is still a number);
 * across fields, a Luhn-valid 12–19 digit window that crosses the join.
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
    if (runs.some((run) => run.digits.length >= MIN_DIGITS)) add(leaf.path, 'whole')
    if (leaf.role !== 'join') {
      if (leaf.role === 'barrier') chain = []
      continue
    }
    const first = runs[0]
    if (!first) {
      if (leaf.text.trim() !== '') chain = []
      continue
    }
    chain = first.atStart ? [...chain, { path: leaf.path, digits: first.digits }] : []
    if (chain.length >= 2) for (const path of spanningPaths(chain) ?? []) add(path, 'split')
    const last = runs[runs.length - 1] as typeof first
    if (!last.atEnd) chain = []
    else if (runs.length > 1 || !first.atStart) chain = [{ path: leaf.path, digits: last.digits }]
  }
  return [...hits.values()]
}

const messages: Record<CardDataProblem['code'], Bilingual> = {
  'full-card-number': {
    zh: '看起来是完整卡号：PayLight 只保存前 6–8 位和可选的后 4 位，完整卡号不会被接受',
    en: 'This looks like a full card number: PayLight keeps only the first 6–8 digits and optionally the last 4',
  },
  'split-card-number': {
    zh: '这几个相邻字段连起来是一个完整卡号：PayLight 只保存前 6–8 位和可选的后 4 位',
    en: 'These neighbouring fields together hold a full card number: PayLight keeps only the first 6–8 digits and optionally the last 4',
  },
}

/** The scanner's hits as validation problems with messages in both languages. */
export function cardNumberProblems(value: unknown): CardDataProblem[] {
  return scanForCardNumbers(value).map((hit) => {
    const code = hit.kind === 'whole' ? 'full-card-number' : 'split-card-number'
    return { path: hit.path, code, message: messages[code] }
  })
}
