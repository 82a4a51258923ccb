import type { Lang } from '../country'
import { countryLabel } from '../country'
import { networkText } from '../exit-network-text'
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
    const name = translate(lang, `route.short.${route}`)
    return [`${name}: ${exit.ip} ${countryLabel(exit.country, lang)} · ${networkText(exit, lang)}`]
  })
}
