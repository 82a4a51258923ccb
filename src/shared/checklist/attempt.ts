import type { StorageError } from '../storage/kept-file-types'
import type { ChecklistStep } from './step-ids'

/**
 * One try at adding the card or paying: the checklist steps the user ticked by hand, each with
 * when. A new attempt starts with no ticks; the finished one goes into the history.
 */
export interface Attempt {
  /** When the user started it, or (with no explicit start) when the first step was ticked. */
  readonly startedAt: string | null
  readonly ticks: Readonly<Partial<Record<ChecklistStep, string>>>
}

/** The current attempt as the window sees it, and why its last save failed, if it did. */
export interface AttemptSlice {
  readonly attempt: Attempt
  readonly error: StorageError | null
}

/** An attempt started at `at` (or not yet, with null), nothing ticked. */
export function freshAttempt(at: number | null): Attempt {
  return { startedAt: at === null ? null : new Date(at).toISOString(), ticks: {} }
}

/** Ticks a step (with the time) or unticks it; the same attempt back when nothing changes. */
export function tickStep(
  attempt: Attempt,
  step: ChecklistStep,
  done: boolean,
  at: number,
): Attempt {
  const ticked = attempt.ticks[step] !== undefined
  if (ticked === done) return attempt
  const when = new Date(at).toISOString()
  const others = Object.entries(attempt.ticks).filter(([key]) => key !== step)
  const ticks = Object.fromEntries(done ? [...others, [step, when]] : others)
  return { startedAt: attempt.startedAt ?? when, ticks }
}

/** The steps ticked in an attempt, in the checklist's order (for the history line). */
export function tickedSteps(
  attempt: Attempt,
  order: readonly ChecklistStep[],
): readonly ChecklistStep[] {
  return order.filter((step) => attempt.ticks[step] !== undefined)
}
