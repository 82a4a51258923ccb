import { z } from 'zod'
import { checklistSteps } from '../checklist/step-ids'
import { cooldownPolicySchema } from '../declines/cooldown'
import { historyRanges } from '../history/history-view'
import type { PaymentInvokeMap } from '../contract/ipc-channels'
import { sessionConfigSchema } from './session-config'
import { userOutcomes } from './session-outcomes'

// The decline message is checked for card numbers and length by the service, which says why it
// refused; here only a hard bound keeps a huge payload out.
const message = z.string().max(2000)

/** Validators for the payment channels: main checks every payload against these first. */
export const paymentValidators: {
  readonly [K in keyof PaymentInvokeMap]: z.ZodType<PaymentInvokeMap[K]['request']>
} = {
  startSession: z.undefined(),
  beginSession: z.undefined(),
  endSession: z.object({ outcome: z.enum(userOutcomes), message: message.optional() }).strict(),
  updateSessionConfig: sessionConfigSchema.partial().strict(),
  logDecline: z.object({ message }).strict(),
  endCooldownEarly: z.literal(true),
  updateCooldownPolicy: cooldownPolicySchema,
  getHistory: z.enum(Object.keys(historyRanges) as ['24h', '7d']),
  eraseHistory: z.literal(true),
  tickStep: z.object({ step: z.enum(checklistSteps), done: z.boolean() }).strict(),
  newAttempt: z.literal(true),
}
