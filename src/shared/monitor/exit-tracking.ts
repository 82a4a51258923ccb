import type { CountryCode } from '../geo/country'
import type { ExitChange } from './exit-changes'
import { exitRoutes, type ExitRoute, type Observation } from './observation'

/** The last exit a route was seen at. */
export interface SeenExit {
  readonly ip: string
  readonly country: CountryCode | null
}

/**
 * What the app remembers about one route: its last exit, 'absent' once two full checks in a row
 * confirmed it is gone, or null while it was never known. `missing` counts full checks in a row
 * without it: one miss is "unknown" (a failed request), not a change.
 */
export interface RouteMemory {
  readonly last: SeenExit | 'absent' | null
  readonly missing: number
}

/** What the app remembers about exits between observations. */
export interface ExitTracking {
  /** The full check last folded in; probes that confirm it add nothing. */
  readonly fullCheckAt: string | null
  readonly routes: Readonly<Record<ExitRoute, RouteMemory>>
}

const blank: RouteMemory = { last: null, missing: 0 }

/** Nothing seen yet. */
export const initialExitTracking: ExitTracking = {
  fullCheckAt: null,
  routes: { merchant: blank, ipv4: blank, ipv6: blank },
}

/** The next tracking state and what moved, so consumers need no state of their own. */
export interface ExitStep {
  readonly tracking: ExitTracking
  readonly changes: readonly ExitChange[]
}

/** Full checks in a row that must miss a route before it counts as gone. */
export const MISSES_TO_CONFIRM_GONE = 2

function moved(route: ExitRoute, from: SeenExit | null, to: SeenExit | null): ExitChange {
  const fromCountry = from?.country ?? null
  const toCountry = to?.country ?? null
  return {
    route,
    fromIp: from?.ip ?? null,
    toIp: to?.ip ?? null,
    fromCountry,
    toCountry,
    countryChanged: fromCountry !== toCountry,
  }
}

/**
 * Folds one observation into the tracking state, a pure reducer. A route seen at a new IP moved;
 * a route that appears after being confirmed absent moved (an IPv6 leak showing up); a route that
 * is missing is unknown, and only gone once {@link MISSES_TO_CONFIRM_GONE} full checks in a row
 * missed it. The first sighting of a route is never a change.
 */
export function trackExits(tracking: ExitTracking, next: Observation | null): ExitStep {
  if (!next || next.fullCheckAt === tracking.fullCheckAt) return { tracking, changes: [] }
  const changes: ExitChange[] = []
  const routes = { ...tracking.routes }
  for (const route of exitRoutes) {
    const memory = tracking.routes[route]
    const exit = next.exits[route]
    if (exit) {
      const seen: SeenExit = { ip: exit.ip, country: exit.country }
      const { last } = memory
      if (last === 'absent') changes.push(moved(route, null, seen))
      else if (last !== null && last.ip !== exit.ip) changes.push(moved(route, last, seen))
      routes[route] = { last: seen, missing: 0 }
      continue
    }
    const missing = memory.missing + 1
    const confirmed = missing >= MISSES_TO_CONFIRM_GONE
    if (confirmed && memory.last !== null && memory.last !== 'absent')
      changes.push(moved(route, memory.last, null))
    routes[route] = { last: confirmed ? 'absent' : memory.last, missing }
  }
  return { tracking: { fullCheckAt: next.fullCheckAt, routes }, changes }
}
