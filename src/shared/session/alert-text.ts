import type { Lang } from '../geo/country'
import { exitPlace } from '../i18n/country-text'
import { translate } from '../i18n/translate'
import type { SessionAlert } from './session-types'

/** One alert in words: which route moved where, or how the light changed. */
export function alertText(alert: SessionAlert, lang: Lang): string {
  if (alert.kind === 'light')
    return translate(lang, 'session.alert.light', {
      from: { message: `session.light.${alert.from}` },
      to: { message: `session.light.${alert.to}` },
    })
  const side = (exit: typeof alert.from) =>
    exit ? exitPlace(exit.ip, exit.country, lang) : translate(lang, 'exit.none')
  return translate(lang, 'session.alert.exit', {
    route: { message: `route.short.${alert.route}` },
    from: side(alert.from),
    to: side(alert.to),
  })
}
