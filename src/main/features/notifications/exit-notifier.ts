import { countryLabel, type Lang } from '../../../shared/country'
import { translate } from '../../../shared/i18n/translate'
import type { ExitChange } from '../../../shared/monitor/exit-changes'

/** A desktop notification, shown by the Electron glue. */
export interface Notice {
  readonly title: string
  readonly body: string
}

/** Words for one exit change in the user's language: the notification a user sees. */
export function noticeOf(change: ExitChange, lang: Lang): Notice {
  const route = translate(lang, `route.short.${change.route}`)
  const key = change.countryChanged ? 'country' : 'changed'
  const from = change.countryChanged
    ? countryLabel(change.fromCountry, lang)
    : (change.fromIp ?? '—')
  const to = change.countryChanged ? countryLabel(change.toCountry, lang) : (change.toIp ?? '—')
  return {
    title: translate(lang, `notify.${key}.title`),
    body: translate(lang, `notify.${key}.body`, { route, from, to }),
  }
}

/**
 * A consumer of exit changes, separate from the tracking that feeds the verdict: announces each
 * change when the user has notifications on and the platform can show them.
 */
export function createExitNotifier(deps: {
  readonly notify: ((notice: Notice) => void) | undefined
  readonly enabled: () => boolean
  readonly lang: () => Lang
}) {
  return (changes: readonly ExitChange[]): void => {
    if (changes.length === 0 || !deps.notify || !deps.enabled()) return
    for (const change of changes) deps.notify(noticeOf(change, deps.lang()))
  }
}
