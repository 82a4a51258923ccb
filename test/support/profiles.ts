import type { CardProfile } from '../../src/shared/profile/schema'
import type { CountryCode } from '../../src/shared/geo/country'

type ProfilePatch = {
  card?: Partial<CardProfile['card']>
  billing?: Partial<CardProfile['billing']>
  capabilities?: Partial<CardProfile['capabilities']>
}

/** A consistent US credit card with a matching California address and every capability declared. */
export function usProfile(patch: ProfilePatch = {}): CardProfile {
  return {
    id: 'main',
    label: 'Main card',
    card: {
      bin: '411111',
      last4: '1234',
      brand: 'visa',
      issuingCountry: 'US' as CountryCode,
      funding: 'credit',
      issuedBy: 'bank',
      bank: 'Example Bank',
      expiryMonth: 12,
      expiryYear: 2030,
      ...patch.card,
    },
    capabilities: {
      usd: true,
      international: true,
      recurring: true,
      headroom: true,
      ...patch.capabilities,
    },
    billing: {
      country: 'US' as CountryCode,
      state: 'CA',
      postalCode: '90210',
      city: 'Beverly Hills',
      line1: '1 Main St',
      line2: '',
      ...patch.billing,
    },
    updatedAt: '2026-11-01T00:00:00.000Z',
  }
}
