import type { HistoryEvent } from './history-event'

const DAY = 24 * 3_600_000

/** How steady the exits were over a window: what the History page's figures say. */
export interface Stability {
  /** Exit-change moments per day over the window (a check that moved two routes counts once). */
  readonly changesPerDay: number
  readonly changes: number
  /** The longest stretch without an exit change inside the window, in ms. */
  readonly longestStableMs: number
  /** Since when the exits have held still (the last change, or the start of what we know). */
  readonly stableSince: string | null
  /** How long that is as of `now`, in ms; null when nothing is known yet. */
  readonly stableForMs: number | null
}

/** The moments the exits changed, oldest first, one per timestamp. */
export function changeMoments(events: readonly HistoryEvent[]): readonly number[] {
  const moments = new Set<number>()
  for (const e of events) if (e.type === 'exit') moments.add(Date.parse(e.at))
  return [...moments].sort((a, b) => a - b)
}

/**
 * Stability over [now − windowMs, now]. The history's first event bounds what is known: before
 * it nothing was watched, so no stretch reaches back past it.
 */
export function stability(
  events: readonly HistoryEvent[],
  now: number,
  windowMs: number,
): Stability {
  const first = events[0]
  if (!first) {
    return {
      changesPerDay: 0,
      changes: 0,
      longestStableMs: 0,
      stableSince: null,
      stableForMs: null,
    }
  }
  const known = Date.parse(first.at)
  const from = Math.max(now - windowMs, known)
  const all = changeMoments(events)
  const inside = all.filter((t) => t >= from && t <= now)
  const edges = [from, ...inside, now]
  let longest = 0
  for (let i = 1; i < edges.length; i += 1)
    longest = Math.max(longest, (edges[i] as number) - (edges[i - 1] as number))
  const last = all.filter((t) => t <= now).pop()
  const since = last ?? known
  const days = Math.max(windowMs, 1) / DAY
  return {
    changesPerDay: Math.round((inside.length / days) * 10) / 10,
    changes: inside.length,
    longestStableMs: longest,
    stableSince: new Date(since).toISOString(),
    stableForMs: Math.max(0, now - since),
  }
}
