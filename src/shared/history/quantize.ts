/** A stretch of time with one value (a country, a light). */
export interface Span<V> {
  readonly from: number
  readonly to: number
  readonly value: V
}

/**
 * Fits contiguous spans to at most `columns` columns: each column takes one value chosen from the
 * values that overlap it (with how long each lasts there), then equal neighbours merge. Ten
 * thousand changes over a week become at most `columns` shapes, and `pick` decides what a busy
 * column shows (the worst light, the longest country).
 */
export function quantizeSpans<V>(
  spans: readonly Span<V>[],
  from: number,
  to: number,
  columns: number,
  pick: (parts: readonly { value: V; ms: number }[]) => V,
): Span<V>[] {
  if (spans.length <= columns) return [...spans]
  const width = (to - from) / columns
  const out: Span<V>[] = []
  let i = 0
  for (let c = 0; c < columns; c += 1) {
    const start = from + c * width
    const end = c === columns - 1 ? to : start + width
    const parts: { value: V; ms: number }[] = []
    while (i < spans.length && (spans[i] as Span<V>).to <= start) i += 1
    for (let j = i; j < spans.length && (spans[j] as Span<V>).from < end; j += 1) {
      const s = spans[j] as Span<V>
      const ms = Math.min(s.to, end) - Math.max(s.from, start)
      if (ms > 0) parts.push({ value: s.value, ms })
    }
    if (parts.length === 0) continue
    const value = pick(parts)
    const prev = out[out.length - 1]
    if (prev && prev.value === value && prev.to === start)
      out[out.length - 1] = { ...prev, to: end }
    else out.push({ from: start, to: end, value })
  }
  return out
}

/** The value that lasts longest in a column. */
export function longest<V>(parts: readonly { value: V; ms: number }[]): V {
  const totals = new Map<V, number>()
  for (const p of parts) totals.set(p.value, (totals.get(p.value) ?? 0) + p.ms)
  return [...totals].sort((a, b) => b[1] - a[1])[0]?.[0] as V
}

/**
 * Sparse spans (sessions, failure streaks) snapped out to column edges and merged where they then
 * touch, so a week of them draws as at most `columns` shapes; merged spans keep the first value.
 */
export function snapSpans<V>(
  spans: readonly Span<V>[],
  from: number,
  to: number,
  columns: number,
): Span<V>[] {
  if (spans.length <= columns) return [...spans]
  const width = (to - from) / columns
  const snap = (t: number, up: boolean) =>
    from + (up ? Math.ceil((t - from) / width) : Math.floor((t - from) / width)) * width
  const out: Span<V>[] = []
  for (const s of [...spans].sort((a, b) => a.from - b.from)) {
    const start = snap(s.from, false)
    const end = Math.max(start + width, snap(s.to, true))
    const prev = out[out.length - 1]
    if (prev && start <= prev.to) out[out.length - 1] = { ...prev, to: Math.max(prev.to, end) }
    else out.push({ from: start, to: Math.min(end, to), value: s.value })
  }
  return out
}
