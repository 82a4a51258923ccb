/** A bound a figure must stay within: at most (`max`) or at least (`min`) a number in its unit. */
export type Target = { readonly max: number } | { readonly min: number }

/** One measured figure with its target and whether it met it: a row of the bench's table. */
export interface Figure {
  readonly name: string
  readonly value: number
  readonly unit: string
  readonly target: string
  readonly pass: boolean
}

/** Compares a measured value with its target; a value that is not a number never passes. */
export function figure(name: string, value: number, unit: string, target: Target): Figure {
  const ok = Number.isFinite(value)
  if ('max' in target) {
    return { name, value, unit, target: `≤ ${target.max} ${unit}`, pass: ok && value <= target.max }
  }
  return { name, value, unit, target: `≥ ${target.min} ${unit}`, pass: ok && value >= target.min }
}

const digits = (value: number): string => {
  if (!Number.isFinite(value)) return String(value)
  const abs = Math.abs(value)
  const decimals = abs >= 100 || Number.isInteger(value) ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3
  return value.toFixed(decimals)
}

/** The table `npm run bench` prints: figure, value, target, met. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    `${digits(f.value)} ${f.unit}`,
    f.target,
    f.pass ? 'yes' : 'NO',
  ])
  const header = ['figure', 'value', 'target', 'met']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd()
  const missed = figures.filter((f) => !f.pass).length
  const verdict =
    missed === 0 ? 'every target met' : `${missed} of ${figures.length} targets missed`
  return [line(header), ...rows.map(line), '', verdict].join('\n')
}

/** The same figures for scripts: `{ "figures": [ { name, value, unit, target, pass } ] }`. */
export function formatJson(figures: readonly Figure[]): string {
  return JSON.stringify({ figures }, null, 2)
}

/** Non-zero when any target was missed, so CI and scripts can fail on a regression. */
export function exitCodeFor(figures: readonly Figure[]): number {
  return figures.length > 0 && figures.every((f) => f.pass) ? 0 : 1
}
