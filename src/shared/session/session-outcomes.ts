// Apart from the schemas so the window can list the outcomes without loading zod.

/** How a payment session ended: the user's word for it, or the clock's. */
export const sessionOutcomes = ['paid', 'card-added', 'declined', 'gave-up', 'timed-out'] as const
/** See {@link sessionOutcomes}. */
export type SessionOutcome = (typeof sessionOutcomes)[number]

/** The outcomes a user may choose (time-out is the clock's). */
export const userOutcomes = ['paid', 'card-added', 'declined', 'gave-up'] as const
/** See {@link userOutcomes}. */
export type UserOutcome = (typeof userOutcomes)[number]
