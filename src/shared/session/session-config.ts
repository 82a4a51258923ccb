import { z } from 'zod'

const SECOND = 1000
const MINUTE = 60 * SECOND

/** How often a payment session checks and how long it lasts at most (both user-adjustable). */
export const sessionConfigSchema = z
  .object({
    intervalMs: z
      .number()
      .int()
      .min(5 * SECOND)
      .max(30 * SECOND),
    maxMs: z
      .number()
      .int()
      .min(5 * MINUTE)
      .max(60 * MINUTE),
  })
  .strict()

/** See {@link sessionConfigSchema}. */
export type SessionConfig = z.infer<typeof sessionConfigSchema>

/** Every 10 s for up to 20 minutes: long enough to bind a card, short enough not to linger. */
export const defaultSessionConfig: SessionConfig = { intervalMs: 10 * SECOND, maxMs: 20 * MINUTE }
