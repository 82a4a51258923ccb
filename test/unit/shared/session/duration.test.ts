import fc from 'fast-check'
import { formatDuration, sessionClock, wholeMinutes } from '../../../../src/shared/session/duration'
import { runs } from '../../../property/support'

const T0 = Date.parse('2026-11-26T10:00:00Z')
const iso = (ms: number) => new Date(ms).toISOString()

describe('durations in words', () => {
  it('say "under a minute" for a stretch shorter than a minute instead of rounding it up', () => {
    expect(formatDuration('zh', 20_000, 'down')).toBe('不到 1 分钟')
    expect(formatDuration('en', 20_000, 'down')).toBe('under a minute')
    expect(formatDuration('zh', 0, 'down')).toBe('不到 1 分钟')
    expect(formatDuration('zh', 30_000)).toBe('不到 1 分钟')
    expect(formatDuration('zh', 0)).toBe('0 分钟')
  })

  it('round a countdown up and time spent down', () => {
    expect(formatDuration('zh', 61_000)).toBe('2 分钟')
    expect(formatDuration('zh', 61_000, 'down')).toBe('1 分钟')
    expect(formatDuration('en', (3 * 60 + 20) * 60_000 - 1, 'down')).toBe('3 h 19 min')
    expect(formatDuration('en', 17 * 3_600_000 - 60_000)).toBe('17 h')
    expect(formatDuration('en', 17 * 3_600_000 - 60_000, 'down')).toBe('16 h')
  })

  it('show a session just started as under a minute spent and the whole length left', () => {
    const clock = sessionClock('zh', iso(T0), iso(T0 + 20 * 60_000), T0 + 5_000)
    expect(clock).toEqual({ elapsed: '不到 1 分钟', left: '20 分钟' })
    const later = sessionClock('en', iso(T0), iso(T0 + 20 * 60_000), T0 + 65_000)
    expect(later).toEqual({ elapsed: '1 min', left: '19 min' })
  })

  it('never count spent and left minutes to more than the session length', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 60 }),
        fc.integer({ min: -60_000, max: 3_700_000 }),
        (maxMinutes, offset) => {
          const max = maxMinutes * 60_000
          const at = Math.min(Math.max(offset, 0), max)
          const total = wholeMinutes(at, 'down') + wholeMinutes(max - at, 'up')
          expect(total).toBe(maxMinutes)
        },
      ),
      runs,
    )
  })
})
