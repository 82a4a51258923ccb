import { benchUntil, DEFAULT_BENCH_MS, MAX_BENCH_MS } from '../../../src/shared/geo/retry-after'

const now = Date.parse('2026-11-26T12:00:00Z')

describe('benchUntil', () => {
  it('reads Retry-After in seconds', () => {
    expect(benchUntil('120', now)).toBe(now + 120_000)
  })

  it('reads Retry-After as an HTTP date', () => {
    expect(benchUntil('Thu, 26 Nov 2026 12:30:00 GMT', now)).toBe(now + 30 * 60_000)
  })

  it.each([null, undefined, '', 'soon', 'NaN'])(
    'benches for an hour when it says nothing usable (%j)',
    (value) => {
      expect(benchUntil(value, now)).toBe(now + DEFAULT_BENCH_MS)
    },
  )

  it('caps a bench at a day', () => {
    expect(benchUntil('9999999999', now)).toBe(now + MAX_BENCH_MS)
    expect(benchUntil('Fri, 01 Jan 2100 00:00:00 GMT', now)).toBe(now + MAX_BENCH_MS)
  })

  it('never benches into the past', () => {
    expect(benchUntil('Thu, 26 Nov 2026 11:00:00 GMT', now)).toBe(now)
    expect(benchUntil('0', now)).toBe(now)
  })
})
