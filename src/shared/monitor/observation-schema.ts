import { z } from 'zod'
import { toCountryCode, type CountryCode } from '../country'
import { sourceFamilies, sourceKinds } from '../net/sources'
import type { Observation } from './observation'

const country = z
  .string()
  .nullable()
  .transform((value, ctx) => {
    if (value === null) return null
    const code = toCountryCode(value)
    if (!code)
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not an ISO 3166-1 alpha-2 country (use null for unknown)`,
      })
    return code as CountryCode | null
  })
const iso = z.string().datetime({ offset: true })
const ip = z.string().max(45)

const witness = z.object({
  by: z.string().max(60),
  kind: z.enum(['edge', 'local-db', 'online']),
  country,
  detail: z.string().max(300).optional(),
})
const exit = z.object({
  route: z.enum(['merchant', 'ipv4', 'ipv6']),
  ip,
  family: z.union([z.literal(4), z.literal(6)]),
  seenBy: z.array(z.string().max(60)).max(20),
  otherIps: z.array(z.object({ ip, seenBy: z.array(z.string().max(60)).max(20) })).max(20),
  witnesses: z.array(witness).max(30),
  country,
  agreement: z.enum(['agree', 'single', 'disagree', 'none']),
})
const sighting = z.object({
  source: z.string().max(60),
  url: z.string().max(300),
  kind: z.enum(sourceKinds),
  family: z.enum(sourceFamilies),
  ip: ip.nullable(),
  ipFamily: z.union([z.literal(4), z.literal(6)]).nullable(),
  country,
  rawCountry: z.string().max(10).nullable(),
  failure: z.object({ code: z.string().max(40), detail: z.string().max(300) }).nullable(),
  elapsedMs: z.number(),
})

/**
 * An observation as `npm run check -- --json` prints it, read back for `--observation`. Extra
 * top-level fields (the printed `verdict`, a `context`) are allowed; inside, every country is
 * validated like a provider's answer.
 */
export const observationSchema = z.object({
  schema: z.literal(1),
  checkedAt: iso,
  fullCheckAt: iso,
  mode: z.enum(['full', 'probe']),
  exits: z.object({ merchant: exit.nullable(), ipv4: exit.nullable(), ipv6: exit.nullable() }),
  split: z
    .object({
      merchantIp: ip,
      genericIp: ip,
      ipDiffers: z.boolean(),
      countryDiffers: z.boolean().nullable(),
    })
    .nullable(),
  ipv6Present: z.boolean(),
  proxy: z
    .array(z.object({ url: z.string().max(300), rule: z.string().max(200) }))
    .max(10)
    .nullable(),
  sightings: z.array(sighting).max(30),
})

/** Parses a saved observation; problems come back as readable `path: message` lines. */
export function parseObservation(
  raw: unknown,
): { ok: true; observation: Observation } | { ok: false; problems: string[] } {
  const result = observationSchema.safeParse(raw)
  if (!result.success)
    return {
      ok: false,
      problems: result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    }
  // Sighting failure codes are kept as written; the schema guarantees the rest of the shape.
  return { ok: true, observation: result.data as Observation }
}
