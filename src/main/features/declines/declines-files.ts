import { z } from 'zod'
import {
  cooldownPolicySchema,
  defaultCooldownPolicy,
  type CooldownPolicy,
} from '../../../shared/declines/cooldown'
import { declineRecordSchema } from '../../../shared/declines/decline-record'
import { keptDoc, keptLog, type KeptFolder } from '../storage/kept-folder'

/** The cool-down's settings and the user's "end it now", kept beside the decline log. */
export interface CooldownDoc {
  readonly version: 1
  readonly policy: CooldownPolicy
  readonly endedEarlyAt: string | null
}

/** Validates the cool-down file on load (a corrupt or newer file is moved aside by kept-file). */
export const cooldownDocSchema = z
  .object({
    version: z.literal(1),
    policy: cooldownPolicySchema,
    endedEarlyAt: z.string().datetime({ offset: true }).nullable(),
  })
  .strict()

/** No file yet: the guide's defaults, nothing ended early. */
export const emptyCooldownDoc: CooldownDoc = {
  version: 1,
  policy: defaultCooldownPolicy,
  endedEarlyAt: null,
}

/** The cool-down file in the folder (in memory without one). */
export const cooldownFile = (folder: KeptFolder | null, now: () => number) =>
  keptDoc(
    folder,
    { name: 'cooldown.json', version: 1, schema: cooldownDocSchema, empty: emptyCooldownDoc },
    now,
  )

/** The decline log: the newest 1 000 declines of the last 90 days. */
export const declineLog = (folder: KeptFolder | null, now: () => number) =>
  keptLog(
    folder,
    {
      name: 'declines.jsonl',
      version: 1,
      schema: declineRecordSchema,
      maxEntries: 1000,
      maxAgeMs: 90 * 24 * 3_600_000,
    },
    now,
  )
