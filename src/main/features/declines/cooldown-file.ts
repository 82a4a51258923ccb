import { z } from 'zod'
import {
  cooldownPolicySchema,
  defaultCooldownPolicy,
  type CooldownPolicy,
} from '../../../shared/declines/cooldown'

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
