import { sameCountry } from '../address/us-territories'
import type { MessageKey } from '../i18n/translate'
import type { Capability } from '../profile/profile-fields'
import { capabilityNames, type CardProfile } from '../profile/schema'
import { finding } from './finding'
import type { Finding } from './types'

// Short names for the list inside one sentence ("USD payments, recurring charges").
const shortName = {
  usd: 'capability.short.usd',
  international: 'capability.short.international',
  recurring: 'capability.short.recurring',
  headroom: 'capability.short.headroom',
} as const satisfies Record<Capability, MessageKey>

/**
 * What the user declared about the card, as ONE finding: four separate warnings buried everything
 * else on a fresh profile. The evidence keeps each declaration, so the window can tick all four.
 */
function capabilityFindings(profile: CardProfile): Finding[] {
  const unconfirmed = capabilityNames.filter((name) => profile.capabilities[name] === false)
  if (unconfirmed.length === 0) return []
  const declared = Object.fromEntries(capabilityNames.map((n) => [n, profile.capabilities[n]]))
  return [
    finding({
      id: 'capabilities-unconfirmed',
      severity: 'yellow',
      evidence: { ...declared, unconfirmed: unconfirmed.join(',') },
      params: { items: { list: unconfirmed.map((name) => ({ message: shortName[name] })) } },
    }),
  ]
}

const DAY_MS = 24 * 60 * 60_000

/** The first moment after the card's expiry month (cards are valid through their last day). */
function expiryEnd(year: number, month: number): number {
  return Date.UTC(year, month, 1)
}

/** Whole calendar months from now's month to the expiry month (UTC): 0 in the expiry month. */
function monthsToExpiry(now: number, year: number, month: number): number {
  const today = new Date(now)
  return year * 12 + (month - 1) - (today.getUTCFullYear() * 12 + today.getUTCMonth())
}

function expiryFindings(profile: CardProfile, now: number): Finding[] {
  const { expiryMonth, expiryYear } = profile.card
  if (expiryMonth === null || expiryYear === null) return []
  const end = expiryEnd(expiryYear, expiryMonth)
  const expiry = `${String(expiryMonth).padStart(2, '0')}/${expiryYear}`
  if (now >= end)
    return [
      finding({ id: 'card-expired', severity: 'red', evidence: { expiry }, params: { expiry } }),
    ]
  const months = monthsToExpiry(now, expiryYear, expiryMonth)
  if (months > 1) return []
  const days = Math.ceil((end - now) / DAY_MS)
  return [
    finding({
      id: 'card-expiring',
      severity: 'yellow',
      evidence: { expiry, days, months },
      params: { expiry },
      ...(months === 1 ? { text: 'finding.card-expiring.next-month' as const } : {}),
    }),
  ]
}

/** Rules about the card itself and what the user declared about it; they need no network. */
export function cardFindings(profile: CardProfile, now: number): Finding[] {
  const out: Finding[] = []
  const { issuingCountry, funding, issuedBy } = profile.card
  const billing = profile.billing.country
  if (!issuingCountry) {
    out.push(
      finding({
        id: 'card-country-unknown',
        severity: 'yellow',
        evidence: { bin: profile.card.bin },
      }),
    )
  } else if (!sameCountry(issuingCountry, billing)) {
    out.push(
      finding({
        id: 'card-vs-billing',
        severity: 'yellow',
        evidence: { card: issuingCountry, billing },
        params: { card: { country: issuingCountry }, billing: { country: billing } },
      }),
    )
  }
  const virtual = issuedBy === 'card-service'
  if (funding === 'prepaid') {
    out.push(
      finding({
        id: 'card-prepaid',
        severity: 'red',
        evidence: { funding, issuedBy },
        ...(virtual ? { text: 'finding.card-prepaid.virtual' as const } : {}),
      }),
    )
  } else if (virtual) {
    out.push(finding({ id: 'card-virtual', severity: 'info', evidence: { funding, issuedBy } }))
  }
  out.push(...expiryFindings(profile, now))
  out.push(...capabilityFindings(profile))
  return out
}
