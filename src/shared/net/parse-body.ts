import { checkPublicIp, type IpFamily, type PublicIp } from './ip-address'
import { toCountryCode, type CountryCode } from '../geo/country'
import { assertNever } from '../util/assert-never'
import type { ParserName, SourceFamily } from './sources'

/** Why a body that arrived is not evidence. */
export type BodyRejection = 'no-ip' | 'not-an-ip' | 'not-public' | 'wrong-family' | 'garbage'

/** What one source said: an exit IP and, for traces, the country the edge placed it in. */
export type ParsedBody =
  | {
      readonly ok: true
      readonly exit: PublicIp
      readonly country: CountryCode | null
      readonly rawCountry: string | null
    }
  | { readonly ok: false; readonly reason: BodyRejection; readonly detail: string }

const familyOf: Record<Exclude<SourceFamily, 'any'>, IpFamily> = { v4: 4, v6: 6 }

function snippet(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 60)
}

/** Reads Cloudflare's `key=value` trace; ignores unknown keys, refuses HTML or other junk. */
export function parseTraceFields(body: string): Map<string, string> | null {
  const fields = new Map<string, string>()
  for (const line of body.split(/\r?\n/)) {
    if (line.trim() === '') continue
    const eq = line.indexOf('=')
    if (eq <= 0) return null
    fields.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim())
  }
  return fields.size > 0 ? fields : null
}

function fromText(
  ipText: string | undefined,
  rawCountry: string | null,
  family: SourceFamily,
): ParsedBody {
  if (ipText === undefined || ipText === '')
    return { ok: false, reason: 'no-ip', detail: 'no ip field' }
  const checked = checkPublicIp(ipText)
  if (!checked.ok) {
    const detail =
      checked.reason === 'not-public' ? `${ipText} is ${checked.range}` : `"${snippet(ipText)}"`
    return { ok: false, reason: checked.reason, detail }
  }
  if (family !== 'any' && checked.value.family !== familyOf[family]) {
    return {
      ok: false,
      reason: 'wrong-family',
      detail: `${checked.value.ip} on an IP${family} source`,
    }
  }
  return { ok: true, exit: checked.value, country: toCountryCode(rawCountry), rawCountry }
}

/**
 * Pure and defensive: any body, however broken, becomes either a validated sighting or a coded
 * rejection with a short, log-safe detail.
 */
export function parseSourceBody(
  parser: ParserName,
  family: SourceFamily,
  body: string,
): ParsedBody {
  switch (parser) {
    case 'cf-trace': {
      const fields = parseTraceFields(body)
      if (!fields)
        return { ok: false, reason: 'garbage', detail: `not a trace: "${snippet(body)}"` }
      return fromText(fields.get('ip'), fields.get('loc') ?? null, family)
    }
    case 'plain-ip': {
      const text = body.trim()
      if (text.includes('\n') || text.includes('<')) {
        return { ok: false, reason: 'garbage', detail: `not a bare IP: "${snippet(text)}"` }
      }
      return fromText(text, null, family)
    }
    default:
      return assertNever(parser)
  }
}
