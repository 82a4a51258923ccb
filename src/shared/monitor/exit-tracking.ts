import { exitChanges, type ExitChange } from './exit-changes'
import { paymentExit, type Observation } from './observation'

/** What the app remembers about exits between observations; the verdict reads `changedAt`. */
export interface ExitTracking {
  readonly lastSeen: Observation | null
  /** When the exit the merchant sees last changed (IP hopping is judged on it). */
  readonly changedAt: string | null
}

/** Nothing seen yet. */
export const initialExitTracking: ExitTracking = { lastSeen: null, changedAt: null }

/** The next tracking state and what moved, so consumers (notifications) need no state of their own. */
export interface ExitStep {
  readonly tracking: ExitTracking
  readonly changes: readonly ExitChange[]
}

/**
 * Folds one observation into the tracking state: a pure reducer, so the verdict's "exit changed
 * at" and the announcements both follow from the same sequence of observations.
 */
export function trackExits(tracking: ExitTracking, next: Observation | null): ExitStep {
  if (!next || next === tracking.lastSeen) return { tracking, changes: [] }
  const { lastSeen } = tracking
  // IP hopping is judged on the exit the merchant sees; other routes are announced only.
  const hopped = lastSeen !== null && paymentExit(lastSeen)?.ip !== paymentExit(next)?.ip
  return {
    tracking: { lastSeen: next, changedAt: hopped ? next.checkedAt : tracking.changedAt },
    changes: exitChanges(lastSeen, next),
  }
}
