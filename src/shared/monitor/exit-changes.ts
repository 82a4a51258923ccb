import type { CountryCode } from '../country'
import { exitRoutes, type ExitRoute, type Observation } from './observation'

/** One exit that moved between two observations. */
export interface ExitChange {
  readonly route: ExitRoute
  readonly fromIp: string | null
  readonly toIp: string | null
  readonly fromCountry: CountryCode | null
  readonly toCountry: CountryCode | null
  readonly countryChanged: boolean
}

/**
 * What moved between two observations, per route. Appearing or disappearing counts (an IPv6 exit
 * that shows up is exactly the leak users need to hear about).
 */
export function exitChanges(previous: Observation | null, next: Observation): ExitChange[] {
  if (!previous) return []
  const changes: ExitChange[] = []
  for (const route of exitRoutes) {
    const before = previous.exits[route]
    const after = next.exits[route]
    const fromIp = before?.ip ?? null
    const toIp = after?.ip ?? null
    if (fromIp === toIp) continue
    const fromCountry = before?.country ?? null
    const toCountry = after?.country ?? null
    changes.push({
      route,
      fromIp,
      toIp,
      fromCountry,
      toCountry,
      countryChanged: fromCountry !== toCountry,
    })
  }
  return changes
}
