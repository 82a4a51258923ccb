/**
 * What a steady check may take, from its start to a confirmed answer (a probe, then a full check
 * when it saw a move). Steady checks start this much before the interval is up, counted from the
 * previous start, so a change is announced within one interval, not one interval plus a check.
 */
export const CHECK_BUDGET_MS = 1500

/** The wait before the next steady check, given how long ago the last one started. */
export function steadyDelay(tickMs: number, sinceStartMs: number): number {
  return Math.max(tickMs / 2, tickMs - CHECK_BUDGET_MS - Math.max(0, sinceStartMs))
}
