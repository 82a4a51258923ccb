import type { HistoryEvent } from './history-event'

/** How much history is kept: the older limit wins, whichever is reached first. */
export interface HistoryBounds {
  readonly maxAgeMs: number
  readonly maxEntries: number
}

/** 30 days or 10 000 entries: enough for the 7-day chart and a month of stability figures. */
export const defaultHistoryBounds: HistoryBounds = {
  maxAgeMs: 30 * 24 * 3_600_000,
  maxEntries: 10_000,
}

/** The events still kept as of `now`: younger than the age limit, the newest up to the count. */
export function boundHistory(
  events: readonly HistoryEvent[],
  now: number,
  bounds: HistoryBounds,
): readonly HistoryEvent[] {
  const oldest = now - bounds.maxAgeMs
  const young = events.filter((e) => Date.parse(e.at) >= oldest)
  return young.length > bounds.maxEntries ? young.slice(young.length - bounds.maxEntries) : young
}
