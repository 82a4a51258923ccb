/** The timer functions the monitor schedules with; a seam so a host can supply its own clock. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

/**
 * The platform's timers, looked up at each call (not captured), so tests that swap the globals for
 * fake timers (`vi.useFakeTimers()`) drive the monitor through this same object.
 */
export const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}
