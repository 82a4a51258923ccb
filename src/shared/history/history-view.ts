import { boundHistory, type HistoryBounds } from './bounded-log'
import { chartSeries, type ChartSeries } from './chart-series'
import type { HistoryEvent } from './history-event'
import { stability, type Stability } from './stability'

/** The History page's windows. */
export const historyRanges = { '24h': 24 * 3_600_000, '7d': 7 * 24 * 3_600_000 } as const
/** See {@link historyRanges}. */
export type HistoryRange = keyof typeof historyRanges

/** What the History page draws for one range: computed in main, so ten thousand events never cross IPC. */
export interface HistoryView {
  readonly range: HistoryRange
  readonly now: number
  readonly series: ChartSeries
  readonly stability: Stability
  /** Events kept in all (within the bounds), and how many fall in the range. */
  readonly total: number
  readonly inRange: number
  /** The newest events in the range, newest first, for the list under the chart. */
  readonly latest: readonly HistoryEvent[]
}

/** Builds the page's view of a range from the kept events (oldest first). */
export function historyView(
  events: readonly HistoryEvent[],
  range: HistoryRange,
  now: number,
  bounds: HistoryBounds,
): HistoryView {
  const kept = boundHistory(events, now, bounds)
  const windowMs = historyRanges[range]
  const from = now - windowMs
  const inRange = kept.filter((e) => Date.parse(e.at) >= from)
  return {
    range,
    now,
    series: chartSeries(kept, from, now),
    stability: stability(kept, now, windowMs),
    total: kept.length,
    inRange: inRange.length,
    latest: inRange.slice(-30).reverse(),
  }
}

/** Exit changes in the last 24 hours, for the verdict's context. */
export function exitChangesSince(events: readonly HistoryEvent[], since: number): number {
  let n = 0
  for (let i = events.length - 1; i >= 0; i -= 1) {
    const e = events[i] as HistoryEvent
    if (Date.parse(e.at) < since) break
    if (e.type === 'exit') n += 1
  }
  return n
}
