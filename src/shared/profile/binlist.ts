import creditCardType from 'credit-card-type'
import { toCountryCode, type CountryCode } from '../geo/country'
import type { Funding } from './schema'

/** What a BIN tells about a card, from the BIN look-up service or the brand patterns. */
export interface BinFacts {
  readonly brand: string | null
  readonly funding: Funding
  readonly issuingCountry: CountryCode | null
  readonly bank: string | null
}

/**
 * The card brand from the BIN's number patterns (offline); null when ambiguous or unknown. Takes a
 * prefix of a BIN too (1–8 digits, not `binPattern`), so the form can name the brand while typing.
 */
export function brandOfBin(bin: string): string | null {
  if (!/^\d{1,8}$/.test(bin)) return null
  const matches = creditCardType(bin)
  return matches.length === 1 ? (matches[0]?.type ?? null) : null
}

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null
}

/**
 * A text field from the answer as a profile can store it: control and format characters dropped,
 * cut to `max` code points (never mid surrogate pair), and null when nothing is left.
 */
function cleanText(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return null
  const cleaned = [...value.replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, '').trim()].slice(0, max).join('')
  return cleaned === '' ? null : cleaned
}

/**
 * Reads binlist.net's answer (`Accept-Version: 3`). Fields may be missing: whatever is missing
 * stays unknown rather than guessed; `prepaid: true` wins over `type`.
 */
export function parseBinlist(
  body: string,
  bin: string,
): { ok: true; facts: BinFacts } | { ok: false; detail: string } {
  let json: Record<string, unknown> | null
  try {
    json = record(JSON.parse(body))
  } catch {
    json = null
  }
  if (!json) return { ok: false, detail: 'not a JSON object' }
  const type = typeof json.type === 'string' ? json.type.toLowerCase() : ''
  const funding: Funding =
    json.prepaid === true ? 'prepaid' : type === 'credit' || type === 'debit' ? type : 'unknown'
  const scheme = cleanText(json.scheme, 30)?.toLowerCase() ?? null
  const bankName = record(json.bank)?.name
  return {
    ok: true,
    facts: {
      brand: scheme ?? brandOfBin(bin),
      funding,
      issuingCountry: toCountryCode(record(json.country)?.alpha2),
      bank: cleanText(bankName, 80),
    },
  }
}

/** The BIN look-up's answer; failures say why, and when to try again. */
export type BinLookupResult =
  | { readonly ok: true; readonly facts: BinFacts; readonly cached: boolean }
  | {
      readonly ok: false
      readonly reason: 'invalid-bin' | 'rate-limited' | 'failed'
      readonly retryAt: string | null
      readonly detail: string
    }
