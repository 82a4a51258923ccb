import type { NetworkOwner } from '../network-owner/types'

// Control and format characters would let a provider's text break a tray line or a report.
const unprintable = /[\p{Cc}\p{Cf}]/gu

function asnOf(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : ''
  const match = /^(?:AS)?(\d{1,10})$/i.exec(text.trim())
  const asn = match ? Number(match[1]) : NaN
  return Number.isSafeInteger(asn) && asn > 0 && asn < 2 ** 32 ? asn : null
}

function orgOf(value: unknown): string {
  return typeof value === 'string'
    ? [...value.replace(unprintable, '').trim()].slice(0, 80).join('')
    : ''
}

/**
 * The network owner an online answer names, when it carries one (ipwho.is `connection.asn/org`,
 * ipapi.co `asn`/`org`), so it can confirm or contradict the offline ASN data; null otherwise.
 */
export function ownerFromGeoRecord(
  parser: string,
  record: Readonly<Record<string, unknown>>,
): NetworkOwner | null {
  const source =
    parser === 'ipwhois'
      ? (record.connection as Record<string, unknown> | null | undefined)
      : parser === 'ipapi'
        ? record
        : null
  if (!source || typeof source !== 'object') return null
  const asn = asnOf(source.asn)
  return asn === null ? null : { asn, org: orgOf(source.org) }
}
