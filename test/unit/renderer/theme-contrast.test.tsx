import { readFileSync } from 'node:fs'

// axe checks the colours that happen to be on screen in the e2e states; this checks every colour
// pair the stylesheet defines, in both themes, including ones rarely shown (errors, notices).
const css = readFileSync('src/renderer/src/styles.css', 'utf8')

/** The colour custom properties declared in one stretch of the stylesheet. */
function tokens(block: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [, name, value] of block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\b/gi))
    out[name as string] = value as string
  return out
}
const light = tokens(
  css.slice(css.indexOf(':root {'), css.indexOf('@media (prefers-color-scheme: dark)')),
)
const dark = {
  ...light,
  ...tokens(css.slice(css.indexOf('@media (prefers-color-scheme: dark)'), css.indexOf('* {'))),
}

/** WCAG 2.x relative luminance and contrast ratio. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    }) as [number, number, number]
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl
  }
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

const textOnSurfaces = [
  'text',
  'muted',
  'green-text',
  'yellow-text',
  'red-text',
  'wait-text',
  'focus',
]
const pairs: readonly (readonly [string, string, number])[] = [
  ...textOnSurfaces.flatMap((fg) => [[fg, 'bg', 4.5] as const, [fg, 'card', 4.5] as const]),
  ['ok-text', 'ok-bg', 4.5],
  ['warn-text', 'warn-bg', 4.5],
  ['muted', 'warn-bg', 4.5],
  ['on-accent', 'accent', 4.5],
  ['text', 'wait-bg', 4.5],
  ['muted', 'wait-bg', 4.5],
  // The cool-down's hourglass is a shape that carries state: 3:1 on the page and on a card.
  ['wait', 'bg', 3],
  ['wait', 'card', 3],
  // The focus ring and borders that carry state are user-interface parts: 3:1.
  ['focus', 'bg', 3],
  ['focus', 'card', 3],
]

describe.each([
  ['light', light],
  ['dark', dark],
] as const)('the %s theme', (_, theme) => {
  it.each(pairs)('%s on %s reaches %s:1', (fg, bg, min) => {
    const [a, b] = [theme[fg], theme[bg]]
    expect(a, `--${fg}`).toMatch(/^#/)
    expect(b, `--${bg}`).toMatch(/^#/)
    expect(contrast(a as string, b as string)).toBeGreaterThanOrEqual(min)
  })
})

describe('the stylesheet', () => {
  it('defines its own background and text colours for the dark theme', () => {
    expect(dark['bg']).not.toBe(light['bg'])
    expect(dark['text']).not.toBe(light['text'])
    expect(dark['yellow-text']).not.toBe(light['yellow-text'])
  })
})
