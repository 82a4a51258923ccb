import type { CountryCode } from '../geo/country'
import type { Light } from '../verdict/light'
import type { SessionOutcome } from '../session/session-types'
import type { HistoryEvent } from './history-event'
import { longest, quantizeSpans, snapSpans, type Span } from './quantize'

export type { Span } from './quantize'

const badness: Record<Light, number> = { green: 0, yellow: 1, grey: 2, wait: 3, red: 4 }
const worst = (parts: readonly { value: Light }[]): Light =>
  parts.reduce<Light>((w, p) => (badness[p.value] > badness[w] ? p.value : w), 'green')

/** A column of the marker rows: how many events of a kind fell into it. */
export interface MarkerBucket {
  readonly at: number
  readonly count: number
}

/** Everything the History chart draws for one window, computed here so it is testable and small. */
export interface ChartSeries {
  readonly from: number
  readonly to: number
  /** The payment route's country over time; null spans are "no exit / unknown". */
  readonly country: readonly Span<CountryCode | null>[]
  readonly light: readonly Span<Light>[]
  readonly exitChanges: readonly MarkerBucket[]
  readonly declines: readonly MarkerBucket[]
  readonly sessions: readonly Span<SessionOutcome>[]
  readonly failures: readonly Span<number>[]
}

function spansOf<V>(
  changes: readonly { at: number; value: V }[],
  from: number,
  to: number,
): Span<V>[] {
  const out: Span<V>[] = []
  let current: { at: number; value: V } | null = null
  const push = (end: number) => {
    if (!current) return
    const start = Math.max(current.at, from)
    if (end <= start) return
    const prev = out[out.length - 1]
    if (prev && prev.value === current.value && prev.to === start)
      out[out.length - 1] = { ...prev, to: end }
    else out.push({ from: start, to: end, value: current.value })
  }
  for (const change of changes) {
    if (change.at > to) break
    push(Math.min(change.at, to))
    current = change
  }
  push(to)
  return out
}

function buckets(
  times: readonly number[],
  from: number,
  to: number,
  columns: number,
): MarkerBucket[] {
  const width = (to - from) / columns
  const counts = new Map<number, number>()
  for (const t of times) {
    if (t < from || t > to) continue
    const column = Math.min(columns - 1, Math.floor((t - from) / width))
    counts.set(column, (counts.get(column) ?? 0) + 1)
  }
  return [...counts]
    .sort((a, b) => a[0] - b[0])
    .map(([column, count]) => ({ at: from + (column + 0.5) * width, count }))
}

/**
 * The chart's series for [from, to]: country and light as spans (the value in force at `from`
 * comes from the last event before it), exit changes and declines bucketed into `columns`, and
 * every row fitted to at most `columns` shapes, so ten thousand events still draw quickly.
 * Events must be oldest first (the history is append-only, so they are).
 */
export function chartSeries(
  events: readonly HistoryEvent[],
  from: number,
  to: number,
  columns = 240,
): ChartSeries {
  const country: { at: number; value: CountryCode | null }[] = []
  const light: { at: number; value: Light }[] = []
  const exitTimes: number[] = []
  const declineTimes: number[] = []
  const sessions: Span<SessionOutcome>[] = []
  const failures: Span<number>[] = []
  for (const e of events) {
    const at = Date.parse(e.at)
    switch (e.type) {
      case 'exit':
        exitTimes.push(at)
        if (e.route === 'merchant') country.push({ at, value: e.toCountry })
        break
      case 'snapshot':
        country.push({ at, value: e.exits.merchant?.country ?? null })
        break
      case 'light':
        light.push({ at, value: e.to })
        break
      case 'decline':
        declineTimes.push(at)
        break
      case 'session': {
        const start = Date.parse(e.record.startedAt)
        const end = Date.parse(e.record.endedAt)
        if (end >= from && start <= to)
          sessions.push({
            from: Math.max(start, from),
            to: Math.min(end, to),
            value: e.record.outcome,
          })
        break
      }
      case 'checks-failed': {
        const end = Date.parse(e.until)
        if (end >= from && at <= to)
          failures.push({ from: Math.max(at, from), to: Math.min(end, to), value: e.count })
        break
      }
      case 'cooldown':
      case 'alert':
      case 'attempt':
        break
    }
  }
  return {
    from,
    to,
    country: quantizeSpans(spansOf(country, from, to), from, to, columns, longest),
    // A busy column shows its worst light: a brief red is never averaged away.
    light: quantizeSpans(spansOf(light, from, to), from, to, columns, worst),
    exitChanges: buckets(exitTimes, from, to, columns),
    declines: buckets(declineTimes, from, to, columns),
    sessions: snapSpans(sessions, from, to, columns),
    failures: snapSpans(failures, from, to, columns),
  }
}
