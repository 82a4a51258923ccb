import { z } from 'zod'
import { freshAttempt, type Attempt } from '../../../shared/checklist/attempt'
import { checklistSteps } from '../../../shared/checklist/step-ids'
import { keptDoc, type KeptFolder } from '../storage/kept-folder'

const at = z.string().datetime({ offset: true })

/** The current attempt's ticks, kept so a restart does not lose them. */
export interface AttemptDoc {
  readonly version: 1
  readonly attempt: Attempt
}

/** Validates the attempt file on load (a corrupt or newer file is moved aside by kept-file). */
export const attemptDocSchema = z
  .object({
    version: z.literal(1),
    attempt: z
      .object({ startedAt: at.nullable(), ticks: z.partialRecord(z.enum(checklistSteps), at) })
      .strict(),
  })
  .strict()

/** No file yet: an attempt not yet started (the first tick dates it). */
export const emptyAttemptDoc: AttemptDoc = { version: 1, attempt: freshAttempt(null) }

/** The attempt file in the folder (in memory without one). */
export const attemptFile = (folder: KeptFolder | null, now: () => number) =>
  keptDoc(
    folder,
    { name: 'attempt.json', version: 1, schema: attemptDocSchema, empty: emptyAttemptDoc },
    now,
  )
