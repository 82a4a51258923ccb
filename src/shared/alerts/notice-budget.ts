import type { AlertEvent } from './alert-event'

/**
 * At most this many exit notices (moves and "unstable" summaries) in any 24 hours; the last of them
 * says the rest of the day is quiet. A proxy that rotates too slowly to count as flapping (every 3
 * minutes: 3.3 changes in 10 minutes) would otherwise notify on every move, day and night.
 */
export const EXIT_NOTICES_PER_DAY = 12
const DAY_MS = 24 * 60 * 60_000

/** When the exit notices of the last 24 hours were shown (ms), oldest first. */
export interface NoticeBudget {
  readonly shownAt: readonly number[]
}

/** Nothing shown yet. */
export const initialNoticeBudget: NoticeBudget = { shownAt: [] }

/** `show` the notice, show the day's `last` (quiet-for-the-day) notice instead, or `drop` it. */
export type NoticeDecision = 'show' | 'last' | 'drop'

const countsAgainstBudget = (event: AlertEvent) =>
  event.kind === 'exit-changed' || event.kind === 'flapping'

/**
 * Spends the day's budget on an event about to become a notice. Light changes and failing checks
 * are not exit notices and always pass; the events themselves still reach every subscriber.
 */
export function spendNotice(
  budget: NoticeBudget,
  event: AlertEvent,
  at: number,
  perDay: number = EXIT_NOTICES_PER_DAY,
): { readonly budget: NoticeBudget; readonly decision: NoticeDecision } {
  if (!countsAgainstBudget(event)) return { budget, decision: 'show' }
  const shownAt = budget.shownAt.filter((t) => at - t < DAY_MS)
  if (shownAt.length >= perDay) return { budget: { shownAt }, decision: 'drop' }
  const decision = shownAt.length === perDay - 1 ? 'last' : 'show'
  return { budget: { shownAt: [...shownAt, at] }, decision }
}
