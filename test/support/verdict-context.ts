import type { VerdictContext } from '../../src/shared/verdict/context'

/** When the verdict tests' observations were checked. */
export const T0 = Date.parse('2026-11-25T10:00:00Z')

/** A verdict context whose evidence, checked at `at`, is five seconds old: fresh, nothing else set. */
export function freshContext(at: number, extra: Partial<VerdictContext> = {}): VerdictContext {
  return {
    now: at + 5000,
    intervalMs: 60_000,
    sleptAt: null,
    lastAttempt: { at: new Date(at).toISOString(), ok: true, trigger: 'start', failures: [] },
    exitChangedAt: null,
    timeZone: null,
    ...extra,
  }
}

/**
 * The verdict's context 5 s after a successful check at `T0`: fresh evidence, no sleep, no recent
 * exit change, no time zone, the default merchant. A test patches only what it is about.
 */
export function verdictContext(patch: Partial<VerdictContext> = {}): VerdictContext {
  return freshContext(T0, patch)
}
