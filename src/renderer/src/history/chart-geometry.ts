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

// Twelve hues a reader tells apart, none of them the lights' green, yellow or red.
const palette = [
  '#1565c0', // blue
  '#ad1457', // magenta
  '#ef6c00', // orange
  '#6a1b9a', // purple
  '#00838f', // teal
  '#4e342e', // brown
  '#558b2f', // olive
  '#283593', // indigo
  '#9e9d24', // lime
  '#37474f', // slate
  '#d84315', // rust
  '#0277bd', // sky
] as const

// The exits these users switch between, each its own colour: a switch from Japan to the US, or
// from Hong Kong to Taiwan, shows as two colours. Other countries take one by their code.
const fixedFill: Readonly<Record<string, string>> = {
  US: palette[0],
  JP: palette[1],
  CN: palette[2],
  HK: palette[3],
  TW: palette[4],
  GB: palette[5],
  SG: palette[6],
  KR: palette[7],
  DE: palette[8],
  CA: palette[9],
  FR: palette[10],
  NL: palette[11],
}

/** A stable colour per country code, so the same country looks the same in both ranges. */
export function countryFill(code: string | null): string {
  if (code === null) return '#e0e0e0'
  const fixed = fixedFill[code]
  if (fixed) return fixed
  const n = code.charCodeAt(0) * 31 + code.charCodeAt(1)
  return palette[n % palette.length] as string
}

/**
 * The colours of a row of country bands: each country its stable colour, except that a band never
 * shares its colour with a different country right before it (two rare codes may hash alike).
 */
export function countryFills(values: readonly (string | null)[]): readonly string[] {
  const out: string[] = []
  values.forEach((value, i) => {
    let fill = countryFill(value)
    const before = i > 0 ? values[i - 1] : undefined
    if (i > 0 && before !== value && out[i - 1] === fill) {
      const at = palette.indexOf(fill as (typeof palette)[number])
      fill = palette[(at + 1) % palette.length] as string
    }
    out.push(fill)
  })
  return out
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
