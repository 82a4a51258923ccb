import { lookUpDecline } from '../../../src/shared/declines/match'

/** A small seeded generator so every run checks the same, reproducible inputs. */
function generator(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Hostile pieces: lone surrogates, combining marks, bidi overrides, zero-width, NUL, emoji, RTL.
const pieces = [
  '\ud800',
  '\udfff',
  '\u0301',
  '\u202e',
  '\u200b',
  '\u0000',
  '👍🏽',
  'ﷺ',
  'ß',
  'İ',
  '。',
  '：',
  '_',
  ' ',
  'Error:',
  'https://',
  '卡',
  '拒绝',
  'declined',
]

function randomText(next: () => number): string {
  const length = Math.floor(next() * 60)
  let text = ''
  for (let i = 0; i < length; i++) {
    text +=
      next() < 0.4
        ? pieces[Math.floor(next() * pieces.length)]!
        : String.fromCodePoint(Math.floor(next() * 0x10ffff) & ~0x800 || 0x41)
  }
  return text
}

describe('lookUpDecline on random input', () => {
  it('never throws and always returns sorted scores within (0, 1]', { timeout: 60_000 }, () => {
    const next = generator(20261126)
    for (let run = 0; run < 150; run++) {
      const hits = lookUpDecline(randomText(next))
      for (const [i, hit] of hits.entries()) {
        expect(hit.score).toBeGreaterThan(0)
        expect(hit.score).toBeLessThanOrEqual(1)
        if (i > 0) expect(hit.score).toBeLessThanOrEqual(hits[i - 1]!.score)
      }
    }
  })

  it('does not match gibberish made of letters rare in the messages', { timeout: 60_000 }, () => {
    const next = generator(7)
    const letters = 'qxzjvkw'
    for (let run = 0; run < 150; run++) {
      const length = 5 + Math.floor(next() * 30)
      const text = Array.from({ length }, () => letters[Math.floor(next() * letters.length)]).join(
        '',
      )
      expect(lookUpDecline(text)).toEqual([])
    }
  })

  it('copes with very long pastes', () => {
    const text = `${'lorem ipsum '.repeat(5000)} Your card was declined.`
    expect(() => lookUpDecline(text)).not.toThrow()
  })
})
