import type { MessageKey } from '../i18n/translate'
import type { Observation } from '../monitor/observation'
import { merchantSpec } from '../merchant/merchants'
import { defaultMerchants, type MerchantId } from '../merchant/watched'
import { finding } from './finding'
import type { Finding } from './types'

/** Whether PayLight can read what this merchant's own edge sees (it lists a trace URL). */
export function isTraced(merchant: MerchantId): boolean {
  return (merchantSpec(merchant)?.traceUrls.length ?? 0) > 0
}

// Short names for inside a sentence; the full ones ("OpenAI (ChatGPT / API)") head lists.
const shortNames = {
  openai: 'merchant.short.openai',
  anthropic: 'merchant.short.anthropic',
} as const satisfies Record<MerchantId, MessageKey>

/** A merchant's name as a message parameter, so sentences name the merchant the user watches. */
export const merchantName = (merchant: MerchantId) => ({ message: shortNames[merchant] })

/** The watched merchant whose edge PayLight reads (the "merchant route"); the default when none is. */
export function tracedMerchant(merchants: readonly MerchantId[]): MerchantId {
  return merchants.find(isTraced) ?? merchants[0] ?? defaultMerchants[0] ?? 'openai'
}

/** The watched merchant a payment host belongs to (its own page), else the traced one. */
export function merchantOfHost(host: string, merchants: readonly MerchantId[]): MerchantId {
  const own = merchants.find((m) =>
    merchantSpec(m)?.paymentHosts.some((h) => h.host === host && h.role === 'merchant'),
  )
  return own ?? tracedMerchant(merchants)
}

/** Whether this observation asked the merchant's own edge and every one of its traces failed. */
function edgeFailed(merchant: MerchantId, observation: Observation | null): boolean {
  const urls = new Set(merchantSpec(merchant)?.traceUrls.map((t) => t.url))
  const own = observation?.sightings.filter((s) => s.kind === 'merchant' && urls.has(s.url)) ?? []
  return own.length > 0 && own.every((s) => s.ip === null)
}

/**
 * A watched merchant whose own edge PayLight cannot read — it lists no trace URL, or its traces
 * failed while another merchant's answered (when none answered, `merchant-route-unknown` says so):
 * its route is judged from the generic exits, which a rule-based proxy may not send its pages
 * through, so the light cannot be green on that alone.
 */
export function untracedMerchantFindings(
  merchants: readonly MerchantId[],
  observation: Observation | null = null,
): Finding[] {
  const anyEdge = !!observation?.exits.merchant
  return merchants
    .filter((m) => !isTraced(m) || (anyEdge && edgeFailed(m, observation)))
    .map((merchant) =>
      finding({
        id: 'merchant-route-untraced',
        severity: 'yellow',
        evidence: { merchant },
        params: { merchant: { message: `merchant.name.${merchant}` } },
      }),
    )
}
