import { sameCountry } from './address/us-territories'
import type { CountryCode } from './country'
import { exitRoutes, type Exit, type ExitRoute, type Observation } from './monitor/observation'
import { activeProfile } from './profile/active-profile'
import type { ProfileBook } from './profile/schema'

/** How one country compares with the billing country; unknown is its own answer, never a match. */
export type ComparisonMark = 'matches' | 'differs' | 'unknown'

/** One row of the three-way comparison: the card, the billing address, or one network exit. */
export type ComparisonRow =
  | { readonly kind: 'card'; readonly country: CountryCode | null; readonly mark: ComparisonMark }
  | { readonly kind: 'billing'; readonly country: CountryCode }
  | {
      readonly kind: 'network'
      readonly route: ExitRoute
      readonly country: CountryCode | null
      readonly mark: ComparisonMark
    }

/** Marks a country against the billing country, so every screen agrees on what ✓ and ✗ mean. */
export function markAgainst(country: CountryCode | null, billing: CountryCode): ComparisonMark {
  if (country === null) return 'unknown'
  return sameCountry(country, billing) ? 'matches' : 'differs'
}

/**
 * Marks an exit against the billing country: a disputed exit matches (or differs) only when every
 * country it may be in does; otherwise its mark is unknown, never a ✓ on one database's word.
 */
export function markExit(
  exit: Pick<Exit, 'country' | 'disputed'>,
  billing: CountryCode,
): ComparisonMark {
  const candidates = exit.disputed && exit.disputed.length > 1 ? exit.disputed : [exit.country]
  const marks = new Set(candidates.map((c) => markAgainst(c, billing)))
  return marks.size === 1 ? ([...marks][0] ?? 'unknown') : 'unknown'
}

/**
 * The card's country, the billing country and every observed exit's country, each marked against
 * the billing country; null without an active profile, since then there is nothing to compare.
 */
export function comparisonRows(
  book: ProfileBook,
  observation: Observation | null,
): readonly ComparisonRow[] | null {
  const profile = activeProfile(book)
  if (!profile) return null
  const billing = profile.billing.country
  const country = profile.card.issuingCountry
  const network = exitRoutes.flatMap((route): ComparisonRow[] => {
    const exit = observation?.exits[route]
    return exit
      ? [
          {
            kind: 'network',
            route,
            country: exit.country,
            mark: markExit(exit, billing),
          },
        ]
      : []
  })
  return [
    { kind: 'card', country, mark: markAgainst(country, billing) },
    { kind: 'billing', country: billing },
    ...network,
  ]
}
