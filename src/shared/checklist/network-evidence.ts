import type { Lang } from '../geo/country'
import { countryLabel } from '../i18n/country-text'
import { networkText } from '../view/exit-network-text'
import { translate } from '../i18n/translate'
import { exitRoutes, type Observation } from '../monitor/observation'

/**
 * The network step's evidence: each exit seen, with its country and who runs its network, so the
 * step shows what it was judged on rather than only a tick.
 */
export function networkStepEvidence(observation: Observation | null, lang: Lang): string[] {
  if (!observation) return []
  return exitRoutes.flatMap((route) => {
    const exit = observation.exits[route]
    if (!exit) return []
    return [
      translate(lang, 'evidence.exit', {
        route: { message: `route.short.${route}` },
        ip: exit.ip,
        country: countryLabel(exit.country, lang),
        network: networkText(exit, lang),
      }),
    ]
  })
}
