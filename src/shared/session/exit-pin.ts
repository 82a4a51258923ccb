import { z } from 'zod'
import { toCountryCode, type CountryCode } from '../geo/country'
import { exitRoutes, type ExitRoute, type Observation } from '../monitor/observation'

/** One route's exit as pinned or recorded: just the IP and country, nothing else is kept. */
export interface PinnedExit {
  readonly ip: string
  readonly country: CountryCode | null
}

/** Every route's exit at one moment; null where the route had no exit. */
export type ExitPins = Readonly<Record<ExitRoute, PinnedExit | null>>

/** A country code read back from a file: only codes the app knows. */
export const countryCodeSchema = z.custom<CountryCode>((value) => toCountryCode(value) === value)

const pinnedExitSchema = z
  .object({ ip: z.string().min(2).max(64), country: countryCodeSchema.nullable() })
  .strict()

/** Validates exit pins read back from a file (history, decline log, session). */
export const exitPinsSchema = z
  .object({
    merchant: pinnedExitSchema.nullable(),
    ipv4: pinnedExitSchema.nullable(),
    ipv6: pinnedExitSchema.nullable(),
  })
  .strict()

/** No exits known: what a record holds when nothing had been observed yet. */
export const noExits: ExitPins = { merchant: null, ipv4: null, ipv6: null }

/** The exits of an observation, reduced to what a record may keep. */
export function pinExits(observation: Observation | null): ExitPins {
  const pin = (route: ExitRoute): PinnedExit | null => {
    const exit = observation?.exits[route]
    return exit ? { ip: exit.ip, country: exit.country } : null
  }
  return { merchant: pin('merchant'), ipv4: pin('ipv4'), ipv6: pin('ipv6') }
}

/** One route whose exit differs from its pin; `country` says whether the country moved too. */
export interface ExitDrift {
  readonly route: ExitRoute
  readonly from: PinnedExit | null
  readonly to: PinnedExit | null
  readonly countryChanged: boolean
}

/** What moved between pinned exits and now, route by route (appearing and vanishing count). */
export function exitDrift(pinned: ExitPins, now: ExitPins): readonly ExitDrift[] {
  const out: ExitDrift[] = []
  for (const route of exitRoutes) {
    const from = pinned[route]
    const to = now[route]
    if ((from?.ip ?? null) === (to?.ip ?? null)) continue
    out.push({ route, from, to, countryChanged: (from?.country ?? null) !== (to?.country ?? null) })
  }
  return out
}
