import type { VerdictContext } from '../../src/shared/verdict/evaluate'

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
