import { z } from 'zod'
import { issueLines } from '../input/unknown-key'
import { toCountryCode } from '../geo/country'
import { isIpSyntax } from '../net/ip-address'
import { sourceFamilies, sourceKinds } from '../net/sources'
import { classifyNetwork, type NetworkReason } from '../network-owner/classify'
import type { NetworkKind } from '../network-owner/known-networks'
import { relayIds } from '../network-owner/types'
import { consensus, splitRouting } from './build-observation'
import { ownerAgreement } from './exit-network'
import {
  agreements,
  exitRoutes,
  geoOutcomes,
  observationModes,
  sightingFailureCodes,
  witnessKinds,
  ownerWitnessKinds,
  type CountryWitness,
  type Exit,
  type ExitNetwork,
  type ExitRoute,
  type GeoAttempt,
  type Observation,
  type ProxyRoute,
  type Sighting,
  type SplitRouting,
} from './observation'

// Like a provider's answer: XX, T1 and any other non-ISO code mean "unknown", never a country.
const country = z
  .string()
  .nullable()
  .transform((value) => (value === null ? null : toCountryCode(value)))
const iso = z.string().datetime({ offset: true })
// Syntax only: a saved or hand-written scenario may use documentation ranges (192.0.2.x, 2001:db8::).
const ipAddress = z.string().refine(isIpSyntax, { message: 'is not an IP address' })
const names = z.array(z.string().max(60)).max(20)

// The shapes below are checked against the domain types (`satisfies`), so the two cannot drift.
const witness = z.object({
  by: z.string().max(60),
  kind: z.enum(witnessKinds),
  country,
  detail: z.string().max(300).optional(),
}) satisfies z.ZodType<CountryWitness>
// Records, so the compiler insists on every member of the unions and nothing else.
const networkKinds: Record<NetworkKind, true> = {
  hosting: true,
  'vpn-or-relay': true,
  access: true,
  unknown: true,
}
const networkReasons: Record<NetworkReason, true> = {
  'warp-on': true,
  'relay-range': true,
  'known-relay': true,
  'known-hosting': true,
  'known-access': true,
  'listed-vpn': true,
  'listed-hosting': true,
  'operator-relay': true,
  'operator-hosting': true,
  'tor-exits': true,
  'tor-relays': true,
  'hosting-name': true,
  unlisted: true,
  'no-asn': true,
}
const asn = z
  .number()
  .int()
  .positive()
  .max(2 ** 32 - 1)
const org = z.string().max(80)
// A hand-written scenario may give only `asn` and `org`: kind and reason are then derived.
const networkInput = z.object({
  asn: asn.nullable(),
  org: org.nullable().default(null),
  kind: z.enum(Object.keys(networkKinds) as [NetworkKind, ...NetworkKind[]]).optional(),
  reason: z.enum(Object.keys(networkReasons) as [NetworkReason, ...NetworkReason[]]).optional(),
  relay: z.enum(relayIds).optional(),
  witnesses: z
    .array(z.object({ by: z.string().max(60), kind: z.enum(ownerWitnessKinds), asn, org }))
    .max(5)
    .default([]),
  agreement: z.enum(agreements).optional(),
})
const exitInput = z.object({
  route: z.enum(exitRoutes).optional(),
  ip: ipAddress,
  family: z.union([z.literal(4), z.literal(6)]).optional(),
  seenBy: names.default([]),
  otherIps: z
    .array(z.object({ ip: ipAddress, seenBy: names }))
    .max(20)
    .default([]),
  witnesses: z.array(witness).max(30).default([]),
  country,
  agreement: z.enum(agreements).optional(),
  disputed: z
    .array(z.string())
    .max(5)
    .transform((codes) => codes.flatMap((c) => toCountryCode(c) ?? []))
    .optional(),
  network: networkInput.optional(),
})
const sighting = z.object({
  source: z.string().max(60),
  url: z.string().max(300),
  kind: z.enum(sourceKinds),
  family: z.enum(sourceFamilies),
  ip: z.string().max(45).nullable(),
  ipFamily: z.union([z.literal(4), z.literal(6)]).nullable(),
  country,
  rawCountry: z.string().max(10).nullable(),
  failure: z.object({ code: z.enum(sightingFailureCodes), detail: z.string().max(300) }).nullable(),
  elapsedMs: z.number(),
  warp: z.string().max(10).optional(),
}) satisfies z.ZodType<Sighting>
const geoAttempt = z.object({
  ip: ipAddress,
  provider: z.string().max(60),
  outcome: z.enum(geoOutcomes),
  detail: z.string().max(300),
  retryAt: iso.optional(),
}) satisfies z.ZodType<GeoAttempt>
const split = z.object({
  merchantIp: ipAddress,
  genericIp: ipAddress,
  ipDiffers: z.boolean(),
  countryDiffers: z.boolean().nullable(),
}) satisfies z.ZodType<SplitRouting>
const proxyRoute = z.object({
  url: z.string().max(300),
  rule: z.string().max(200),
  role: z.enum(['merchant', 'processor']).optional(),
}) satisfies z.ZodType<ProxyRoute>

/**
 * An observation as `npm run check -- --json` prints it, read back for `--observation`. Extra
 * top-level fields (the printed `verdict`, a `context`) are allowed. For hand-written scenarios the
 * derivable fields may be left out: an exit needs only `ip` and `country`; `fullCheckAt`, `mode`,
 * `split`, `ipv6Present`, `proxy` and `sightings` have defaults or are derived.
 */
export const observationSchema = z.object({
  schema: z.literal(1),
  checkedAt: iso,
  fullCheckAt: iso.optional(),
  mode: z.enum(observationModes).default('full'),
  exits: z.object({
    merchant: exitInput.nullable().default(null),
    ipv4: exitInput.nullable().default(null),
    ipv6: exitInput.nullable().default(null),
  }),
  split: split.nullable().optional(),
  ipv6Present: z.boolean().optional(),
  proxy: z.array(proxyRoute).max(30).nullable().default(null),
  sightings: z.array(sighting).max(30).default([]),
  geoAttempts: z.array(geoAttempt).max(30).optional(),
})

type ExitInput = z.infer<typeof exitInput>

function completeNetwork(input: z.infer<typeof networkInput>): ExitNetwork {
  const derived = classifyNetwork({
    asn: input.asn,
    org: input.org,
    warp: null,
    relay: input.relay ?? null,
  })
  const given = input.kind && input.reason ? { kind: input.kind, reason: input.reason } : null
  const witnesses = input.witnesses
  return {
    asn: input.asn,
    org: input.org,
    kind: given?.kind ?? derived.kind,
    reason: given?.reason ?? derived.reason,
    ...(input.relay ? { relay: input.relay } : {}),
    witnesses,
    agreement: input.agreement ?? ownerAgreement(witnesses),
  }
}

function completeExit(route: ExitRoute, input: ExitInput | null): Exit | null {
  if (!input) return null
  const witnesses =
    input.witnesses.length > 0
      ? input.witnesses
      : [{ by: 'file', kind: 'edge' as const, country: input.country }]
  const settled = consensus(witnesses)
  const disputed = input.disputed ?? settled.disputed
  return {
    route,
    ip: input.ip,
    family: input.family ?? (input.ip.includes(':') ? 6 : 4),
    seenBy: input.seenBy,
    otherIps: input.otherIps,
    witnesses,
    country: input.country,
    agreement: input.agreement ?? settled.agreement,
    ...(disputed && disputed.length > 1 ? { disputed } : {}),
    ...(input.network ? { network: completeNetwork(input.network) } : {}),
  }
}

/** Parses a saved observation, completing what may be derived; problems come back as `path: message`. */
export function parseObservation(
  raw: unknown,
): { ok: true; observation: Observation } | { ok: false; problems: string[] } {
  const result = observationSchema.safeParse(raw)
  if (!result.success)
    return {
      ok: false,
      problems: result.error.issues.flatMap((i) => issueLines(i, observationSchema, raw)),
    }
  const data = result.data
  const merchant = completeExit('merchant', data.exits.merchant)
  const ipv4 = completeExit('ipv4', data.exits.ipv4)
  const ipv6 = completeExit('ipv6', data.exits.ipv6)
  return {
    ok: true,
    observation: {
      schema: 1,
      checkedAt: data.checkedAt,
      fullCheckAt: data.fullCheckAt ?? data.checkedAt,
      mode: data.mode,
      exits: { merchant, ipv4, ipv6 },
      split: data.split === undefined ? splitRouting(merchant, ipv4, ipv6) : data.split,
      ipv6Present: data.ipv6Present ?? (ipv6 !== null || merchant?.family === 6),
      proxy: data.proxy,
      sightings: data.sightings,
      ...(data.geoAttempts ? { geoAttempts: data.geoAttempts } : {}),
    },
  }
}
