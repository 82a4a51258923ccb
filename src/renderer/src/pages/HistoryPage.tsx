import './history.css'
import { useEffect, useState } from 'react'
import {
  historyRanges,
  type HistoryRange,
  type HistoryView,
} from '../../../shared/history/history-view'
import { formatDuration } from '../../../shared/session/duration'
import { HistoryChart } from '../history/HistoryChart'
import { HistoryEventText } from '../history/HistoryEventText'
import { paymentActions } from '../session/payment-actions'
import { StorageProblem } from '../session/StorageProblem'
import { useAppStore } from '../store/app-store'
import { useLang, useT } from '../use-t'
import { localeTag } from '../../../shared/i18n/locale-tag'

const ranges = Object.keys(historyRanges) as HistoryRange[]

// The chart's marks, each beside its name (the same colours as the chart draws).
const legend = [
  ['exit', 'history.legend.exit'],
  ['session', 'history.legend.session'],
  ['decline', 'history.legend.decline'],
  ['failed', 'history.legend.failed'],
] as const

/** The History page: the 24 h / 7 day timeline, stability figures, the latest events, erase. */
export function HistoryPage() {
  const t = useT()
  const lang = useLang()
  const history = useAppStore((s) => s.app?.history)
  const [range, setRange] = useState<HistoryRange>('24h')
  const [view, setView] = useState<HistoryView | null>(null)
  const entries = history?.entries ?? 0
  useEffect(() => {
    let live = true
    void paymentActions.getHistory(range).then((next) => {
      if (live && next) setView(next)
    })
    return () => {
      live = false
    }
  }, [range, entries])
  if (!history) return null
  const stable = view?.stability
  const unknown = t('history.unknown')
  return (
    <main className="history">
      <h2>{t('history.title')}</h2>
      <StorageProblem error={history.error} files={[history.storage]} />
      <div className="actions" role="group" aria-label={t('history.title')}>
        {ranges.map((r) => (
          <button key={r} type="button" aria-pressed={range === r} onClick={() => setRange(r)}>
            {t(`history.range.${r}`)}
          </button>
        ))}
      </div>
      {view ? <HistoryChart series={view.series} /> : null}
      <ul className="legend muted">
        {legend.map(([kind, key]) => (
          <li key={kind}>
            <span className={`swatch swatch-${kind}`} aria-hidden="true" /> {t(key)}
          </li>
        ))}
      </ul>
      {stable ? (
        <ul className="figures" aria-label={t('history.title')}>
          <li>
            <strong>
              {t('history.stable.now', {
                duration:
                  stable.stableForMs === null
                    ? unknown
                    : formatDuration(lang, stable.stableForMs, 'down'),
              })}
            </strong>
          </li>
          <li>
            {t('history.stable.longest', {
              duration: formatDuration(lang, stable.longestStableMs, 'down'),
            })}
          </li>
          <li>{t('history.changes', { n: stable.changesPerDay, total: stable.changes })}</li>
        </ul>
      ) : null}
      <p className="muted">{t('history.entries', { n: entries })}</p>
      {view && view.latest.length === 0 ? <p className="muted">{t('history.empty')}</p> : null}
      <ol className="events">
        {(view?.latest ?? []).map((e, i) => (
          <li key={`${e.at}-${i}`}>
            <span className="muted">{new Date(e.at).toLocaleString(localeTag(lang))}</span>{' '}
            <HistoryEventText event={e} />
          </li>
        ))}
      </ol>
      <p className="note muted">{t('history.note')}</p>
      <button
        type="button"
        onClick={() => {
          if (window.confirm(t('history.erase.confirm'))) void paymentActions.eraseHistory()
        }}
      >
        {t('history.erase')}
      </button>
    </main>
  )
}
