import {
  assessFreshness,
  backoffDelay,
  msUntilStale,
  type FreshnessInput,
} from '../../../src/shared/monitor/freshness'
import { exitOf, observationOf } from '../../support/observations'

const t0 = Date.parse('2026-11-25T10:00:00Z')
const good = observationOf(t0, { merchant: exitOf('merchant', '104.28.41.17', 'US') })
const base: FreshnessInput = {
  observation: good,
  intervalMs: 60_000,
  sleptAt: null,
  lastAttempt: { at: good.checkedAt, ok: true, trigger: 'start', failures: [] },
}

describe('assessFreshness', () => {
  it('is fresh within two intervals', () => {
    expect(assessFreshness(base, t0 + 120_000)).toEqual({ state: 'fresh', ageMs: 120_000 })
  })

  it('is stale after two intervals', () => {
    expect(assessFreshness(base, t0 + 120_001)).toMatchObject({ state: 'stale', reason: 'old' })
  })

  it('is stale when the evidence predates a sleep, however young', () => {
    expect(
      assessFreshness({ ...base, sleptAt: new Date(t0 + 1000).toISOString() }, t0 + 5000),
    ).toMatchObject({ state: 'stale', reason: 'slept' })
  })

  it('is fresh again once a check after the sleep confirmed it', () => {
    expect(
      assessFreshness({ ...base, sleptAt: new Date(t0 - 1000).toISOString() }, t0 + 5000),
    ).toMatchObject({ state: 'fresh' })
  })

  it('is failed when the last attempt failed after the last good evidence', () => {
    const lastAttempt = {
      at: new Date(t0 + 1000).toISOString(),
      ok: false,
      trigger: 'manual' as const,
      failures: [],
    }
    expect(assessFreshness({ ...base, lastAttempt }, t0 + 2000)).toEqual({ state: 'failed' })
  })

  it('is failed when the observation holds no exit', () => {
    expect(assessFreshness({ ...base, observation: observationOf(t0, {}) }, t0)).toEqual({
      state: 'failed',
    })
  })

  it('is stale when probes kept confirming the merchant route but no full check ran for too long', () => {
    const probed = { ...good, checkedAt: new Date(t0 + 13 * 60_000).toISOString() }
    expect(assessFreshness({ ...base, observation: probed }, t0 + 13 * 60_000)).toMatchObject({
      state: 'stale',
      reason: 'old',
    })
    expect(
      assessFreshness(
        {
          ...base,
          observation: { ...probed, checkedAt: new Date(t0 + 11 * 60_000).toISOString() },
        },
        t0 + 11 * 60_000,
      ),
    ).toMatchObject({ state: 'fresh' })
  })

  it('is none before any check', () => {
    expect(assessFreshness({ ...base, observation: null, lastAttempt: null }, t0)).toEqual({
      state: 'none',
    })
  })
})

describe('backoffDelay', () => {
  it('waits one interval when healthy, longer after failures, at most ten minutes', () => {
    expect(backoffDelay(60_000, 0)).toBe(60_000)
    expect(backoffDelay(60_000, 1)).toBe(120_000)
    expect(backoffDelay(60_000, 10)).toBe(600_000)
    expect(backoffDelay(30 * 60_000, 3)).toBe(30 * 60_000)
  })
})

describe('msUntilStale', () => {
  it('counts down to the moment fresh evidence turns stale', () => {
    expect(msUntilStale(base, t0 + 20_000)).toBe(100_001)
    expect(assessFreshness(base, t0 + 20_000 + 100_001).state).toBe('stale')
  })

  it('is null when the evidence is not fresh (no busy re-evaluation)', () => {
    expect(msUntilStale(base, t0 + 200_000)).toBeNull()
    expect(msUntilStale({ ...base, observation: null }, t0)).toBeNull()
  })
})
