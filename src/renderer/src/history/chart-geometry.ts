import type { Light } from '../../../shared/verdict/light'

/** The chart's drawing box in SVG units; it scales to the page width. */
export const chart = {
  width: 1000,
  left: 70,
  right: 10,
  rows: { country: 10, light: 50, events: 82 },
  rowHeight: 26,
  axis: 128,
  height: 150,
} as const

/** Time → x within the plot area. */
export function xOf(t: number, from: number, to: number): number {
  const span = Math.max(1, to - from)
  return chart.left + ((t - from) / span) * (chart.width - chart.left - chart.right)
}

/** The light's colour, as the tray icons draw it. */
export const lightFill: Record<Light, string> = {
  green: '#2e7d32',
  yellow: '#f9a825',
  red: '#c62828',
  grey: '#9e9e9e',
  wait: '#2563eb',
}

const palette = [
  '#1565c0',
  '#6a1b9a',
  '#00838f',
  '#ef6c00',
  '#4e342e',
  '#283593',
  '#558b2f',
  '#ad1457',
]

/** A stable colour per country code, so the same country looks the same in both ranges. */
export function countryFill(code: string | null): string {
  if (code === null) return '#e0e0e0'
  const n = code.charCodeAt(0) * 31 + code.charCodeAt(1)
  return palette[n % palette.length] as string
}

/** Axis ticks: every 3 hours over a day, every day over a week, aligned to local time. */
export function ticks(from: number, to: number): readonly number[] {
  const step = to - from <= 26 * 3_600_000 ? 3 * 3_600_000 : 24 * 3_600_000
  const first = new Date(from)
  first.setMinutes(0, 0, 0)
  if (step >= 24 * 3_600_000) first.setHours(0)
  else first.setHours(Math.ceil(first.getHours() / 3) * 3)
  const out: number[] = []
  for (let t = first.getTime(); t <= to; t += step) if (t >= from) out.push(t)
  return out
}
