/** Funding types the BIN look-up reports; prepaid matters because OpenAI refuses prepaid cards. */
export const fundingTypes = ['credit', 'debit', 'prepaid', 'unknown'] as const
/** See {@link fundingTypes}. */
export type Funding = (typeof fundingTypes)[number]

/**
 * Who issued the card: a bank (plastic, or a virtual card in the bank's own app) or a card service
 * that issues virtual cards on a partner bank's BIN. The BIN look-up cannot tell the two apart,
 * so the user says so; it decides which advice applies (a card service's channel, its MCC list).
 */
export const cardIssuers = ['bank', 'card-service', 'unknown'] as const
/** See {@link cardIssuers}. */
export type CardIssuer = (typeof cardIssuers)[number]

/** The self-declared capabilities from the checklist (the app cannot see them). */
export const capabilityNames = ['usd', 'international', 'recurring', 'headroom'] as const
/** See {@link capabilityNames}. */
export type Capability = (typeof capabilityNames)[number]

/**
 * A BIN as PayLight keeps it: the first 6–8 digits and never more (docs/architecture.md,
 * principle 3). The one spelling of the rule for the schema, the IPC validator, the look-up and
 * the form.
 */
export const binPattern = /^\d{6,8}$/
