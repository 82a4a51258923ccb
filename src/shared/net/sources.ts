import { z } from 'zod'

/**
 * What a source tells us about: the merchant's own edge (what the payment page sees), a generic
 * trace, or an echo service. The merchant route is compared with the generic one to spot split
 * routing in rule-based proxies.
 */
export const sourceKinds = ['merchant', 'trace', 'echo'] as const
/** See {@link sourceKinds}. */
export type SourceKind = (typeof sourceKinds)[number]

/** Which IP family a source can answer over: `any` follows the network stack's preference. */
export const sourceFamilies = ['any', 'v4', 'v6'] as const
/** See {@link sourceFamilies}. */
export type SourceFamily = (typeof sourceFamilies)[number]

/** How to read a body: Cloudflare's `key=value` trace or a bare IP. */
export const parserNames = ['cf-trace', 'plain-ip'] as const
/** See {@link parserNames}. */
export type ParserName = (typeof parserNames)[number]

/** One declarative source; the CLI can swap the whole list to point the pipeline at fakes. */
export const sourceSpecSchema = z
  .object({
    name: z.string().min(1).max(40),
    url: z
      .string()
      .max(300)
      .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
        message: 'url must be http(s)',
      }),
    kind: z.enum(sourceKinds),
    family: z.enum(sourceFamilies),
    parser: z.enum(parserNames),
    /** Asked on every steady-state tick; the rest only on full checks. */
    probe: z.boolean().default(false),
  })
  .strict()

/** See {@link sourceSpecSchema}. */
export type SourceSpec = z.infer<typeof sourceSpecSchema>

/** A whole source list as read from a `--sources` file. */
export const sourceListSchema = z
  .array(sourceSpecSchema)
  .min(1)
  .max(20)
  .refine((list) => new Set(list.map((s) => s.name)).size === list.length, {
    message: 'source names must be unique',
  })

/**
 * The default sources. The steady-state probe asks one small trace per route each tick: the
 * merchant trace (exactly what OpenAI's edge sees) and the IPv4-only and IPv6-only traces, so a
 * move on any route is seen within one interval; the rest run on full checks (start, wake,
 * network change, a probe that saw a change or a failure).
 */
export const defaultSources: readonly SourceSpec[] = [
  {
    name: 'chatgpt',
    url: 'https://chatgpt.com/cdn-cgi/trace',
    kind: 'merchant',
    family: 'any',
    parser: 'cf-trace',
    probe: true,
  },
  {
    name: 'openai-api',
    url: 'https://api.openai.com/cdn-cgi/trace',
    kind: 'merchant',
    family: 'any',
    parser: 'cf-trace',
    probe: false,
  },
  {
    name: 'cloudflare',
    url: 'https://www.cloudflare.com/cdn-cgi/trace',
    kind: 'trace',
    family: 'any',
    parser: 'cf-trace',
    probe: false,
  },
  {
    name: 'cf-v4',
    url: 'https://1.1.1.1/cdn-cgi/trace',
    kind: 'trace',
    family: 'v4',
    parser: 'cf-trace',
    probe: true,
  },
  {
    name: 'cf-v6',
    url: 'https://[2606:4700:4700::1111]/cdn-cgi/trace',
    kind: 'trace',
    family: 'v6',
    parser: 'cf-trace',
    probe: true,
  },
  {
    name: 'ipify',
    url: 'https://api.ipify.org',
    kind: 'echo',
    family: 'v4',
    parser: 'plain-ip',
    probe: false,
  },
  {
    name: 'ipify6',
    url: 'https://api6.ipify.org',
    kind: 'echo',
    family: 'v6',
    parser: 'plain-ip',
    probe: false,
  },
]

/** Parses a `--sources` file body; returns readable problems instead of throwing. */
export function parseSourceList(
  json: unknown,
): { ok: true; sources: SourceSpec[] } | { ok: false; problems: string[] } {
  const result = sourceListSchema.safeParse(json)
  if (result.success) return { ok: true, sources: result.data }
  return {
    ok: false,
    problems: result.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    ),
  }
}

/** Hosts the merchant's checkout loads from; their proxy route must match the merchant's own. */
export const paymentUrls = [
  'https://chatgpt.com/',
  'https://pay.openai.com/',
  'https://js.stripe.com/',
  'https://api.stripe.com/',
] as const
