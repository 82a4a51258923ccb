import { assertNever } from '../../../shared/util/assert-never'
import { exitPlace } from '../../../shared/i18n/country-text'
import type { HistoryEvent } from '../../../shared/history/history-event'
import { lightEventMessage } from '../../../shared/i18n/light-event-text'
import { formatDuration } from '../../../shared/session/duration'
import { useLang, useT } from '../use-t'

/** One history event in words, for the list under the chart. */
export function HistoryEventText(props: { readonly event: HistoryEvent }) {
  const t = useT()
  const lang = useLang()
  const e = props.event
  const side = (ip: string | null, country: Parameters<typeof exitPlace>[1]) =>
    ip ? exitPlace(ip, country, lang) : t('exit.none')
  switch (e.type) {
    case 'snapshot':
      return (
        <>
          {t('history.event.snapshot', {
            ip: e.exits.merchant?.ip ?? '—',
            country: { country: e.exits.merchant?.country ?? null },
          })}
        </>
      )
    case 'exit':
      return (
        <>
          {t('history.event.exit', {
            route: { message: `route.short.${e.route}` },
            from: side(e.fromIp, e.fromCountry),
            to: side(e.toIp, e.toCountry),
          })}
        </>
      )
    case 'light': {
      const change = lightEventMessage(e.to)
      return <>{t(change.message, change.params)}</>
    }
    case 'session':
      return (
        <>
          {t('history.event.session', {
            outcome: { message: `session.outcome.${e.record.outcome}` },
            duration: formatDuration(lang, e.record.durationMs, 'down'),
          })}
        </>
      )
    case 'decline':
      return <>{t('history.event.decline')}</>
    case 'cooldown':
      return <>{t(`history.event.cooldown.${e.phase}`)}</>
    case 'checks-failed':
      return <>{t('history.event.checks-failed', { count: e.count })}</>
    case 'alert':
      return <>{t('history.event.alert', { kind: e.kind })}</>
    case 'attempt':
      return <>{t('history.event.attempt', { n: e.ticked.length })}</>
    default:
      return assertNever(e)
  }
}
