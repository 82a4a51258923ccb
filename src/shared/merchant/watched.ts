import type { MerchantId } from './serves-region'

export type { MerchantId } from './serves-region'

/** Every merchant the user can choose to watch, in the order the window lists them. */
export const merchantIds = ['openai', 'anthropic'] as const satisfies readonly MerchantId[]

/** OpenAI first: it is the merchant PayLight was built for and the default for new users. */
export const defaultMerchants: readonly MerchantId[] = ['openai']

/**
 * Reads `--merchant` values (repeatable, or a comma list) into merchant ids; names the first value
 * it does not know, so a typo is reported instead of silently watching nothing.
 */
export function parseMerchantList(
  values: readonly string[],
): { ok: true; merchants: MerchantId[] } | { ok: false; unknown: string } {
  const out: MerchantId[] = []
  for (const raw of values.flatMap((v) => v.split(','))) {
    const name = raw.trim().toLowerCase()
    if (name === '') continue
    const id = merchantIds.find((m) => m === name)
    if (!id) return { ok: false, unknown: raw.trim() }
    if (!out.includes(id)) out.push(id)
  }
  return out.length > 0 ? { ok: true, merchants: out } : { ok: false, unknown: '' }
}
