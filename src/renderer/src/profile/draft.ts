import type { CountryCode } from '../../../shared/geo/country'
import type { CardIssuer } from '../../../shared/profile/profile-fields'
import type { CardProfile, Funding } from '../../../shared/profile/schema'

/** The form's working copy: the profile's shape with country codes as plain strings. */
export interface Draft {
  id: string
  label: string
  card: {
    bin: string
    last4: string
    brand: string | null
    issuingCountry: string
    funding: Funding
    issuedBy: CardIssuer
    bank: string | null
    expiryMonth: string
    expiryYear: string
  }
  capabilities: CardProfile['capabilities']
  billing: {
    country: string
    state: string
    postalCode: string
    city: string
    line1: string
    line2: string
  }
}

/** A blank form for a new card; the id is new so a second card never overwrites the first. */
export function blankDraft(existingIds: readonly string[]): Draft {
  let n = existingIds.length + 1
  while (existingIds.includes(`card-${n}`)) n++
  return {
    id: `card-${n}`,
    label: '',
    card: {
      bin: '',
      last4: '',
      brand: null,
      issuingCountry: '',
      funding: 'unknown',
      issuedBy: 'unknown',
      bank: null,
      expiryMonth: '',
      expiryYear: '',
    },
    capabilities: { usd: false, international: false, recurring: false, headroom: false },
    billing: { country: '', state: '', postalCode: '', city: '', line1: '', line2: '' },
  }
}

/** The form's copy of a saved profile. */
export function draftOf(profile: CardProfile): Draft {
  return {
    id: profile.id,
    label: profile.label,
    card: {
      ...profile.card,
      last4: profile.card.last4 ?? '',
      issuingCountry: profile.card.issuingCountry ?? '',
      expiryMonth: profile.card.expiryMonth === null ? '' : String(profile.card.expiryMonth),
      expiryYear: profile.card.expiryYear === null ? '' : String(profile.card.expiryYear),
    },
    capabilities: profile.capabilities,
    billing: profile.billing,
  }
}

const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text))

/** What the form sends to main: main validates it again and explains any problem. */
export function payloadOf(draft: Draft, now: Date): unknown {
  return {
    id: draft.id,
    label: draft.label,
    card: {
      ...draft.card,
      last4: draft.card.last4 === '' ? null : draft.card.last4,
      issuingCountry:
        draft.card.issuingCountry === '' ? null : (draft.card.issuingCountry as CountryCode),
      expiryMonth: numberOrNull(draft.card.expiryMonth),
      expiryYear: numberOrNull(draft.card.expiryYear),
    },
    capabilities: draft.capabilities,
    billing: draft.billing,
    updatedAt: now.toISOString(),
  }
}

// The same object with its keys in one order, so two drafts built differently compare alike.
const sorted = (value: unknown): unknown =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(
        Object.entries(value)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => [k, sorted(v)]),
      )
    : value

/**
 * Whether the form holds edits not yet saved: the draft against the saved profile of the same id,
 * or against a blank form for a card not saved yet. Drives the "unsaved changes" mark.
 */
export function hasUnsavedChanges(draft: Draft, saved: readonly CardProfile[]): boolean {
  const profile = saved.find((p) => p.id === draft.id)
  const base = profile ? draftOf(profile) : { ...blankDraft([]), id: draft.id }
  const epoch = new Date(0)
  const key = (d: Draft) => JSON.stringify(sorted(payloadOf(d, epoch)))
  return key(draft) !== key(base)
}
