import {
  freshAttempt,
  tickedSteps,
  tickStep,
  type Attempt,
  type AttemptSlice,
} from '../../../shared/checklist/attempt'
import { checklistSteps, type ChecklistStep } from '../../../shared/checklist/step-ids'
import type { HistoryEvent } from '../../../shared/history/history-event'
import type { SavedOrError } from '../../../shared/contract/ipc-channels'
import type { StorageError } from '../../../shared/storage/kept-file-types'
import { defineFeature, type FeatureContext } from '../feature'
import { docTarget } from '../storage/storage-target'
import { attemptFile } from './attempt-file'

/** What the attempt needs: its file, the clock, the history, and who to tell when it changed. */
export interface AttemptFeatureDeps extends Pick<FeatureContext, 'folder' | 'now' | 'onChange'> {
  /** A finished attempt goes into the history. */
  readonly history: { readonly record: (event: HistoryEvent) => void }
}

/**
 * The current payment attempt: the steps the user ticked by hand, each with its time, kept in a
 * file. "Start a new attempt" writes the finished one into the history and clears the ticks.
 */
export async function createAttemptFeature(deps: AttemptFeatureDeps) {
  const file = attemptFile(deps.folder, deps.now)
  let doc = (await file.load()).value
  let error: StorageError | null = null

  const save = async (attempt: Attempt): Promise<SavedOrError> => {
    const saved = await file.save({ ...doc, attempt })
    // Shown even when the disk refuses: the ticks stay on screen and the error says why.
    doc = { ...doc, attempt }
    error = saved.ok ? null : saved.error
    deps.onChange()
    return saved.ok ? { ok: true } : { ok: false, error: saved.error }
  }

  const ipc = {
    tickStep: ({ step, done }: { step: ChecklistStep; done: boolean }) => {
      const next = tickStep(doc.attempt, step, done, deps.now())
      return next === doc.attempt ? Promise.resolve<SavedOrError>({ ok: true }) : save(next)
    },
    newAttempt: () => {
      const finished = doc.attempt
      if (finished.startedAt !== null)
        deps.history.record({
          type: 'attempt',
          at: new Date(deps.now()).toISOString(),
          startedAt: finished.startedAt,
          ticked: [...tickedSteps(finished, checklistSteps)],
        })
      return save(freshAttempt(deps.now()))
    },
  }

  // The file was retried, restored or started fresh: take what it now holds.
  const reloaded = () => {
    doc = file.value()
    deps.onChange()
  }

  return defineFeature({
    ipc,
    files: [docTarget(file, reloaded)],
    slice: (): { attempt: AttemptSlice } => ({ attempt: { attempt: doc.attempt, error } }),
  })
}

/** The attempt feature's shape. */
export type AttemptFeature = Awaited<ReturnType<typeof createAttemptFeature>>
