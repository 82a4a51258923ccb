import { brandGroupings, type CardLikeness } from './card-like'

// The widest group a number is written in with one separator throughout (Amex's 4-6-5 has 6).
const MAX_UNIFORM_GROUP = 6

/** Gaps compared as one kind: spaces around a mark do not count; spaces alone are one space. */
const gapKind = (gap: string) => gap.replace(/\s+/g, '') || ' '

// What stands between two numbers rather than two groups of one: a bracket (a phone number's area
// code), a semicolon, or a comma, slash or bar with a space beside it (`…4825 / 1-804…`, `…, (217)`).
const listBreak = /[();]|[,/|]\s|\s[,/|]/

/**
 * Where a run of digit groups is two phone-like numbers side by side, each of at least 3 groups of
 * 1–4 digits joined by its own mark (a dash, a dot) and set apart by a gap unlike both (`415-134-5950
 * 650-452-1919`, `585-356-8225，343-978-8787`): the index of that gap among the run's gaps, or -1.
 */
export function sideBySideCut(sizes: readonly number[], gaps: readonly string[]): number {
  if (sizes.some((size) => size > 4)) return -1
  const kinds = gaps.map(gapKind)
  for (let k = 2; k < kinds.length - 2; k += 1) {
    const left = new Set(kinds.slice(0, k))
    const right = new Set(kinds.slice(k + 1))
    const cut = kinds[k] as string
    const marked = (side: Set<string>) => side.size === 1 && !side.has(' ') && !side.has(cut)
    if (marked(left) && marked(right)) return k
  }
  return -1
}

const sameSizes = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((size, i) => size === b[i])

/**
 * Whether digit groups (their sizes, the gaps between them) read as one card number as people write
 * one: a single group; two halves where the digits start; groups of 4 or 8 with a shorter last one
 * (4-4-4-4, 8-4-4, 4-4-8, 4-4-4-4-3); the brand's own grouping (Amex 4-6-5, Diners 4-6-4); or, for
 * a Luhn-checked number, groups of at most 6 (`4 1 1 1…`, `411 111…`, mixed separators too) unless
 * they run across two numbers side by side ({@link sideBySideCut}; `acrossNumbers`). Groups joined by mixed separators that include a list break (a bracket, `;`,
 * ` / `, `, `) are separate numbers — two phone numbers, a ZIP+4 and a phone — never one.
 */
export function groupsJoin(
  sizes: readonly number[],
  gaps: readonly string[],
  atRunStart: boolean,
  digits: string,
  likeness: Exclude<CardLikeness, null>,
  acrossNumbers = false,
): boolean {
  if (sizes.length === 1) return true
  const uniform = new Set(gaps.map(gapKind)).size === 1
  if (!uniform && gaps.some((gap) => listBreak.test(gap))) return false
  if (sizes.length === 2 && atRunStart) return true
  const last = sizes[sizes.length - 1] as number
  if (sizes.slice(0, -1).every((size) => size === 4 || size === 8) && last <= 8) return true
  if (brandGroupings(digits).some((grouping) => sameSizes(grouping, sizes))) return true
  if (likeness !== 'checked' || acrossNumbers) return false
  // One mark throughout between blocks of 3 or more with one wider than 6 is an order number's
  // format (Amazon's 3-7-7); a stray 1- or 2-digit block, or mixed marks, is a number disguised.
  return !uniform || Math.max(...sizes) <= MAX_UNIFORM_GROUP || Math.min(...sizes) <= 2
}

// An expiry written right after the number's last digit (`…111112/28`, `…11111228`, `…12/2028`):
// month, an optional mark, a two- or four-digit year; or right before its first, with its mark
// (`12/284111…`).
const expiryAfter = /^(?:0[1-9]|1[0-2]) ?[-/.]? ?(?:20)?[1-4]\d(?!\d)/
const expiryBefore = /(?:^|\D)(?:0[1-9]|1[0-2]) ?[-/.] ?(?:20)?[1-4]\d$/

/**
 * Where, inside a digit group, a number glued to its expiry can end: the count of the group's
 * last digits that belong to the expiry (2, 4 or 6), given the shadow text from the group's end on.
 */
export function expiryCutsAfter(group: string, after: string): number[] {
  return [2, 4, 6].filter((cut) => {
    if (cut >= group.length) return false
    const match = expiryAfter.exec(group.slice(-cut) + after)
    return match !== null && match[0].length >= cut
  })
}

/**
 * Where, inside a digit group, a number glued after an expiry can start: the count of the group's
 * first digits that end the expiry (2 or 4), given the shadow text before the group.
 */
export function expiryCutsBefore(group: string, before: string): number[] {
  return [2, 4].filter(
    (cut) => cut < group.length && expiryBefore.test(before.slice(-8) + group.slice(0, cut)),
  )
}
