import { z } from 'zod'
import { declineEntryIds } from './entries'
import { keptTextSchema } from '../input/kept-text'
import { binPattern } from '../profile/profile-fields'
import { exitPinsSchema } from '../session/exit-pin'

/** Where a decline was logged from: the payment session's outcome, or by hand. */
export const declineSources = ['session', 'manual'] as const

/** The card a decline was logged with: the profile id and its BIN, never more card data. */
export const declineCardSchema = z
  .object({ profileId: z.string().regex(/^[a-z0-9-]{1,40}$/), bin: z.string().regex(binPattern) })
  .strict()

/** One logged decline, validated when the log is read back. */
export const declineRecordSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/),
    at: z.string().datetime({ offset: true }),
    /** The message as the user saw it (checked for card numbers before it is kept). */
    message: keptTextSchema(500),
    /** The error look-up's entry, or null when the message matched none. */
    entryId: z.enum(declineEntryIds).nullable(),
    /** Whether it adds to the cool-down count (the look-up says; an unknown message counts). */
    counts: z.boolean(),
    source: z.enum(declineSources),
    exits: exitPinsSchema,
    card: declineCardSchema.nullable(),
  })
  .strict()

/** See {@link declineRecordSchema}. */
export type DeclineRecord = z.infer<typeof declineRecordSchema>

/** The declines the cool-down counts: each decline says for itself. */
export function countingDeclines(records: readonly DeclineRecord[]): readonly DeclineRecord[] {
  return records.filter((r) => r.counts)
}
