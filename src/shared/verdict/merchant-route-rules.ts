import { merchantSpec } from '../merchant/merchants'
import type { MerchantId } from '../merchant/watched'
import { finding } from './finding'
import type { Finding } from './types'

/** Whether PayLight can read what this merchant's own edge sees (it lists a trace URL). */
export function isTraced(merchant: MerchantId): boolean {
  return (merchantSpec(merchant)?.traceUrls.length ?? 0) > 0
}

/**
 * A watched merchant without a readable edge: its route is judged from the generic exits, which a
 * rule-based proxy may not send its pages through, so the light cannot be green on that alone.
 */
export function untracedMerchantFindings(merchants: readonly MerchantId[]): Finding[] {
  return merchants
    .filter((m) => !isTraced(m))
    .map((merchant) =>
      finding({
        id: 'merchant-route-untraced',
        severity: 'yellow',
        evidence: { merchant },
        params: { merchant: { message: `merchant.name.${merchant}` } },
      }),
    )
}
