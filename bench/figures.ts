/** A bound a figure must stay within: at most (`max`) or at least (`min`) a number in its unit. */
export type Target = { readonly max: number } | { readonly min: number }

/** One measured figure with its target and whether it met it: a row of the bench's table. */
export interface Figure {
  readonly name: string
  readonly value: number
  readonly unit: string
  readonly target: string
  readonly pass: boolean
  /**
   * What the platform itself costs for the same work, measured in the same run, when that alone
   * is past the target: the row stays unmet, but no code of ours could meet it on this machine.
   */
  readonly floor?: number
  /** Shown for information beside the rows that have targets; it has none and never fails. */
  readonly info?: true
}

/** Compares a measured value with its target; a value that is not a number never passes. */
export function figure(name: string, value: number, unit: string, target: Target): Figure {
  const ok = Number.isFinite(value)
  if ('max' in target) {
    return { name, value, unit, target: `≤ ${target.max} ${unit}`, pass: ok && value <= target.max }
  }
  return { name, value, unit, target: `≥ ${target.min} ${unit}`, pass: ok && value >= target.min }
}

/** A figure shown for information only (an absolute cost beside the target that judges it). */
export function info(name: string, value: number, unit: string): Figure {
  return { name, value, unit, target: 'none (information)', pass: true, info: true }
}

/**
 * Marks a `≤` figure whose target lies below what the platform itself costs for the same work
 * (`floor`, measured in the same run) plus the little our code is allowed above it (`allowance`,
 * a target of its own in a companion figure): it is reported unmet with that floor and does not
 * fail the run; the companion figure does instead. Once the platform is fast enough for the target
 * (another Node, OpenSSL or machine), the target binds again by itself.
 */
export function belowFloor(measured: Figure, target: number, floor: number, allowance = 0): Figure {
  if (measured.pass || !Number.isFinite(floor) || floor + allowance <= target) return measured
  return { ...measured, floor }
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
    f.info
      ? '—'
      : f.pass
        ? 'yes'
        : f.floor === undefined
          ? 'NO'
          : `no, floor ${digits(f.floor)} ${f.unit}`,
  ])
  const header = ['figure', 'value', 'target', 'met']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd()
  const targets = figures.filter((f) => !f.info).length
  const missed = figures.filter(failsTheRun).length
  const floored = figures.filter((f) => !f.pass && f.floor !== undefined).length
  const verdict =
    (missed === 0 ? 'every target met' : `${missed} of ${targets} targets missed`) +
    (floored === 0
      ? ''
      : `; ${floored} more below the platform's own floor (not met, not failing the run)`)
  return [line(header), ...rows.map(line), '', verdict].join('\n')
}

/** The same figures for scripts: `{ "figures": [ { name, value, unit, target, pass } ] }`. */
export function formatJson(figures: readonly Figure[]): string {
  return JSON.stringify({ figures }, null, 2)
}

const failsTheRun = (f: Figure): boolean => !f.pass && f.floor === undefined

/**
 * Non-zero when any target was missed (bar those below the platform's floor), or when nothing with
 * a target was measured, so CI and scripts can fail on a regression.
 */
export function exitCodeFor(figures: readonly Figure[]): number {
  return figures.some((f) => !f.info) && !figures.some(failsTheRun) ? 0 : 1
}
