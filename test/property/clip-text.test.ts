import fc from 'fast-check'
import { clipLines, clipText, ellipsis } from '../../src/shared/util/clip-text'
import { runs } from './support'

// Text like a tray tooltip's: Chinese, English, IPs, flags and emoji (surrogate pairs and
// multi-unit graphemes), joined into lines.
const piece = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('付款红绿灯', '红灯：不一致', '🇺🇸', '👩‍💻', '𠀋', 'é', '240e:3b7::1', ' — '),
)
const line = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''))
const lines = fc.array(line, { minLength: 1, maxLength: 8 }).map((ls) => ls.join('\n'))
const limit = fc.integer({ min: 1, max: 200 })

/** True when the text has no half of a surrogate pair (a broken character on screen). */
const wellFormed = (s: string) =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s)
const graphemes = (s: string) =>
  [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)].map((g) => g.segment)

describe('clipText and clipLines (property)', () => {
  it('never exceed the limit, never split a character, and keep text that fits unchanged', () => {
    fc.assert(
      fc.property(lines, limit, (text, max) => {
        for (const clip of [clipText, clipLines]) {
          const out = clip(text, max)
          expect(out.length).toBeLessThanOrEqual(max)
          expect(wellFormed(out)).toBe(wellFormed(text))
          if (text.length <= max) expect(out).toBe(text)
          else expect(out.endsWith(ellipsis)).toBe(true)
        }
      }),
      runs,
    )
  })

  it('clipText keeps whole leading characters of the text', () => {
    fc.assert(
      fc.property(line, limit, (text, max) => {
        const out = clipText(text, max)
        if (out === text) return
        const kept = out.slice(0, -ellipsis.length)
        expect(text.startsWith(kept)).toBe(true)
        // The cut falls between graphemes of the original.
        const whole = graphemes(text)
        let joined = ''
        for (const g of whole) {
          if (joined.length >= kept.length) break
          joined += g
        }
        expect(joined.trimEnd()).toBe(kept)
      }),
      runs,
    )
  })

  it('clipLines keeps every line before the cut whole, in order', () => {
    fc.assert(
      fc.property(lines, limit, (text, max) => {
        const outLines = clipLines(text, max).split('\n')
        const inLines = text.split('\n')
        outLines.slice(0, -1).forEach((l, i) => expect(l).toBe(inLines[i]))
      }),
      runs,
    )
  })
})
