import type { CountryCode } from '../geo/country'
import type { ExitRoute } from './observation'

/** One exit that moved: a new IP, one that appeared (from null) or one confirmed gone (to null). */
export interface ExitChange {
  readonly route: ExitRoute
  readonly fromIp: string | null
  readonly toIp: string | null
  readonly fromCountry: CountryCode | null
  readonly toCountry: CountryCode | null
  readonly countryChanged: boolean
}

/**
 * Joins moves collected over several checks into one per route (first "from", last "to"), and
 * drops routes that came back where they started: one notice per event, not per check.
 */
export function mergeChanges(
  earlier: readonly ExitChange[],
  later: readonly ExitChange[],
): ExitChange[] {
  const byRoute = new Map<ExitRoute, ExitChange>()
  for (const change of [...earlier, ...later]) {
    const first = byRoute.get(change.route)
    if (!first) {
      byRoute.set(change.route, change)
      continue
    }
    byRoute.set(change.route, {
      ...first,
      toIp: change.toIp,
      toCountry: change.toCountry,
      countryChanged: first.fromCountry !== change.toCountry,
    })
  }
  return [...byRoute.values()].filter((c) => c.fromIp !== c.toIp)
}
