import type { GeoAttempt } from '../../src/shared/monitor/observation'

/** ipwho.is rate-limited (with its retry time), then country.is answered: one exit's look-up. */
export const limitedThenAnswered: readonly GeoAttempt[] = [
  {
    ip: '203.0.113.7',
    provider: 'ipwho.is',
    outcome: 'rate-limited',
    detail: 'HTTP 429',
    retryAt: '2026-12-01T11:00:00.000Z',
  },
  { ip: '203.0.113.7', provider: 'country.is', outcome: 'answered', detail: '' },
]
