import { z } from 'zod'

const httpsUrl = z.url({ protocol: /^https$/ })
const host = z.string().regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/)

/** A URL or host with the public statement that supports listing it. */
const evidenced = { evidence: z.string().min(10), source: httpsUrl.nullable() }

const countryCode = z.string().regex(/^[A-Z]{2}$/)

const evidence = z.object({ code: countryCode, evidence: z.string().min(10), url: httpsUrl })

/** A published region list with its provenance (see region-types.ts for the meaning of fields). */
const regionsSchema = z.object({
  merchantId: z.string(),
  sources: z
    .array(
      z.object({
        url: httpsUrl,
        title: z.string().min(1),
        retrieved: z.iso.date(),
        complete: z.boolean(),
        coverage: z.string().optional(),
      }),
    )
    .min(1)
    .readonly(),
  served: z.array(countryCode).readonly(),
  notServed: z.array(evidence).readonly(),
  partlyServed: z.array(evidence).readonly(),
  billingCountryStatement: z.string().nullable(),
})

/** The shape every merchant entry must have; checked when the data loads and in tests. */
export const merchantSpecSchema = z.object({
  id: z.enum(['openai', 'anthropic']),
  names: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
  /** The merchant's own edges that answer Cloudflare's /cdn-cgi/trace (ip=, loc=, warp=). */
  traceUrls: z.array(z.object({ url: httpsUrl.endsWith('/cdn-cgi/trace'), ...evidenced })),
  /** Why no (or no further) trace URL is listed, when that is the case. */
  traceNote: z.string().nullable(),
  /** Hosts a payment goes through: a proxy rule that routes them differently changes the exit. */
  paymentHosts: z.array(z.object({ host, role: z.enum(['merchant', 'processor']), ...evidenced })),
  /** Where the merchant serves people (its published list; see serves-region.ts). */
  regions: regionsSchema,
  help: z.object({
    supportedCountries: z.array(httpsUrl).min(1),
    /** The merchant's own payment help page; null when none could be confirmed. */
    payment: httpsUrl.nullable(),
  }),
})

/** One merchant PayLight knows: names, trace edges, payment hosts and help pages. */
export type MerchantSpec = z.infer<typeof merchantSpecSchema>
