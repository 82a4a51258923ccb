import type { Lang } from '../shared/country'
import { countryLabel } from '../shared/country'
import { translate } from '../shared/i18n/translate'
import { exitChanges } from '../shared/monitor/exit-changes'
import { paymentExit, type Observation } from '../shared/monitor/observation'

/** A desktop notification, shown by the Electron glue. */
export interface Notice {
  readonly title: string
  readonly body: string
}

/**
 * Follows observations as they arrive: remembers when the payment exit last changed (the verdict
 * warns about IP hopping) and announces every route's change, in the user's language, when
 * notifications are on.
 */
export function createExitWatch(notify: ((notice: Notice) => void) | undefined) {
  let lastSeen: Observation | null = null
  let changedAt: string | null = null
  return {
    changedAt: () => changedAt,
    observe(next: Observation | null, lang: Lang, announce: boolean): void {
      if (!next || next === lastSeen) return
      const changes = exitChanges(lastSeen, next)
      // IP hopping is judged on the exit the merchant sees; other routes are announced only.
      if (lastSeen && paymentExit(lastSeen)?.ip !== paymentExit(next)?.ip)
        changedAt = next.checkedAt
      lastSeen = next
      if (changes.length === 0) return
      if (!announce || !notify) return
      for (const change of changes) {
        const route = translate(lang, `route.short.${change.route}`)
        const key = change.countryChanged ? 'country' : 'changed'
        const from = change.countryChanged
          ? countryLabel(change.fromCountry, lang)
          : (change.fromIp ?? '—')
        const to = change.countryChanged
          ? countryLabel(change.toCountry, lang)
          : (change.toIp ?? '—')
        notify({
          title: translate(lang, `notify.${key}.title`),
          body: translate(lang, `notify.${key}.body`, { route, from, to }),
        })
      }
    },
  }
}
