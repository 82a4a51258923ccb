import { z } from 'zod'
import { merchants as merchantSpecs } from '../merchant/merchants'
import { defaultMerchants, merchantIds, type MerchantId } from '../merchant/watched'

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
    /** Whose edge a `merchant` source is: asked only while the user watches that merchant. */
    merchant: z.enum(merchantIds).optional(),
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

/** "chatgpt" for chatgpt.com, "openai-api" for api.openai.com: short names for reports. */
function sourceName(url: string): string {
  const labels = new URL(url).hostname
    .split('.')
    .slice(0, -1)
    .filter((l) => l !== 'www')
  return labels.reverse().join('-')
}

/**
 * The merchants' own edges, from their specs. Each merchant's first edge is its steady-state probe
 * because it is exactly what that merchant sees; with the IPv4-only and IPv6-only traces (probed
 * too), a move on any route is seen within one interval. The rest run on full checks (start, wake,
 * network change, a probe that saw a change or a failure).
 */
export function merchantSources(ids: readonly MerchantId[]): SourceSpec[] {
  return merchantSpecs
    .filter((m) => ids.includes(m.id))
    .flatMap((m) =>
      m.traceUrls.map(({ url }, index) => ({
        name: sourceName(url),
        url,
        kind: 'merchant' as const,
        family: 'any' as const,
        parser: 'cf-trace' as const,
        probe: index === 0,
        merchant: m.id,
      })),
    )
}

/** Generic traces and echoes: the IPv4 and IPv6 exits every merchant's checkout can leave by. */
export const genericSources: readonly SourceSpec[] = [
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

/** Every known merchant's edges and the generic sources; a check keeps those of the chosen merchants. */
export const defaultSources: readonly SourceSpec[] = [
  ...merchantSources(merchantIds),
  ...genericSources,
]

/**
 * The sources one check asks: a merchant edge only while its merchant is watched; an edge without
 * a merchant (a hand-written `--sources` list) and every generic source always. There is always a
 * probe.
 */
export function sourcesFor(
  list: readonly SourceSpec[],
  merchants: readonly MerchantId[],
): SourceSpec[] {
  const kept = list.filter(
    (s) => s.kind !== 'merchant' || !s.merchant || merchants.includes(s.merchant),
  )
  if (kept.some((s) => s.probe)) return kept
  // No watched merchant has an edge (Anthropic alone): the generic trace becomes the cheap
  // steady-state probe, or every tick would find nothing to ask and count as a failure.
  const fallback = kept.find((s) => s.kind === 'trace') ?? kept[0]
  return kept.map((s) => (s === fallback ? { ...s, probe: true } : s))
}

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

/** A payment host whose proxy route is checked, with its role (merchant page or processor). */
export interface PaymentUrl {
  readonly url: string
  readonly role: 'merchant' | 'processor'
}

/**
 * The payment hosts of the chosen merchants (checkout pages and the processor's script and API
 * hosts), merchant pages first; a proxy rule that sends one of them elsewhere changes the exit.
 */
export function paymentUrlsFor(merchants: readonly MerchantId[] = defaultMerchants): PaymentUrl[] {
  const hosts = merchantSpecs
    .filter((m) => merchants.includes(m.id))
    .flatMap((m) => m.paymentHosts)
    .sort((a, b) => (a.role === b.role ? 0 : a.role === 'merchant' ? -1 : 1))
  const seen = new Set<string>()
  return hosts.flatMap(({ host, role }) => {
    if (seen.has(host)) return []
    seen.add(host)
    return [{ url: `https://${host}/`, role }]
  })
}
