import type { VerdictContext } from '../../src/shared/verdict/context'

/** When the verdict tests' observations were checked. */
export const T0 = Date.parse('2026-11-25T10:00:00Z')

/**
 * The verdict's context 5 s after a successful check at `T0`: fresh evidence, no sleep, no recent
 * exit change, no time zone, the default merchant. A test patches only what it is about.
 */
export function verdictContext(patch: Partial<VerdictContext> = {}): VerdictContext {
  return {
    now: T0 + 5000,
    intervalMs: 60_000,
    sleptAt: null,
    lastAttempt: { at: new Date(T0).toISOString(), ok: true, trigger: 'start', failures: [] },
    exitChangedAt: null,
    timeZone: null,
    ...patch,
  }
}
