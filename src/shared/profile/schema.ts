import { z } from 'zod'
import { toCountryCode, type CountryCode } from '../geo/country'
import { hasControlOrBidi } from '../input/plain-text'
import { enforceBinPolicy } from './bin-policy'
import { shadowChar } from './card-shadow'
import { binPattern, cardIssuers, fundingTypes } from './profile-fields'

// The plain constants live apart from the schemas, so the window can use them without zod.
export {
  binPattern,
  capabilityNames,
  cardIssuers,
  type CardIssuer,
  fundingTypes,
  type Capability,
  type Funding,
} from './profile-fields'

const countryCode = z.string().transform((value, ctx) => {
  const code = toCountryCode(value)
  if (!code) {
    ctx.addIssue({ code: 'custom', message: 'unknown-country' })
    return z.NEVER
  }
  return code
})

// No control or bidi characters in anything we store or show.
const text = (max: number) =>
  z
    .string()
    .max(max, { message: 'too-long' })
    .refine((value) => !hasControlOrBidi(value), { message: 'control-characters' })

// Digits as typed with a Chinese input method (full-width ４１１１１１) or in another script are read
// as the ASCII digits they are, so a BIN or last 4 is never refused for its spelling alone.
const asciiDigits = (value: unknown) =>
  typeof value === 'string'
    ? value
        .normalize('NFKC')
        .trim()
        .replace(/\p{Nd}/gu, (digit) => shadowChar(digit))
    : value

/** The card: BIN and derived facts only. Never the full number, never the CVC. */
export const cardSchema = z
  .object({
    bin: z.preprocess(asciiDigits, z.string().regex(binPattern, { message: 'bin-format' })),
    last4: z
      .preprocess(asciiDigits, z.string().regex(/^\d{4}$/, { message: 'last4-format' }))
      .nullable()
      .default(null),
    brand: text(30).nullable().default(null),
    issuingCountry: countryCode.nullable().default(null),
    funding: z.enum(fundingTypes).default('unknown'),
    /** Said by the user: the BIN look-up cannot tell a card service's virtual card from a bank's. */
    issuedBy: z.enum(cardIssuers).default('unknown'),
    bank: text(80).nullable().default(null),
    expiryMonth: z.number().int().min(1).max(12).nullable().default(null),
    expiryYear: z.number().int().min(2000).max(2100).nullable().default(null),
  })
  .strict()

/** The billing address as the user typed it (kept raw so typing problems can be pointed out). */
export const billingSchema = z
  .object({
    country: countryCode,
    state: text(60).default(''),
    postalCode: text(20).default(''),
    city: text(80).default(''),
    line1: text(120).default(''),
    line2: text(120).default(''),
  })
  .strict()

/** A saved card profile. */
export const profileSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9-]{1,40}$/, { message: 'id-format' })
      .default('main'),
    label: text(40).default(''),
    card: cardSchema,
    // true: confirmed with the issuer; false: not (a warning); null or left out: not declared.
    capabilities: z
      .object({
        usd: z.boolean().nullable().default(null),
        international: z.boolean().nullable().default(null),
        recurring: z.boolean().nullable().default(null),
        headroom: z.boolean().nullable().default(null),
      })
      .strict()
      .default({ usd: null, international: null, recurring: null, headroom: null }),
    billing: billingSchema,
    updatedAt: z.string().max(40).default(''),
  })
  .strict()

/** A saved card profile, validated. */
export type CardProfile = z.infer<typeof profileSchema>

/**
 * Every saved profile and which one is active: what the store persists (schema version 3). A BIN
 * stored with the last 4 is read back as 6 digits (the one rule, `enforceBinPolicy`), whatever an
 * older version kept.
 */
export const profileBookSchema = z
  .object({
    schema: z.literal(3),
    activeId: z.string().nullable(),
    profiles: z
      .array(profileSchema.transform((p) => ({ ...p, card: enforceBinPolicy(p.card) })))
      .max(10),
  })
  .strict()

/** See {@link profileBookSchema}. */
export type ProfileBook = z.infer<typeof profileBookSchema>

/** The empty book a new installation starts with. */
export const emptyBook: ProfileBook = { schema: 3, activeId: null, profiles: [] }

/** Re-exported for callers that only need the country type alongside the profile. */
export type { CountryCode }
