import { useState } from 'react'
import { exitPlace } from '../../../shared/i18n/country-text'
import { exitRoutes } from '../../../shared/monitor/observation'
import { SessionStop } from './SessionStop'
import { sessionClock } from '../../../shared/session/duration'
import { userOutcomes } from '../../../shared/session/session-outcomes'
import type { SessionState } from '../../../shared/session/session-types'
import { useNow } from '../use-now'
import { useLang, useT } from '../use-t'
import { paymentActions } from './payment-actions'

/** A session being watched: the urgent stop when anything moved, the pin, the time, the outcome. */
export function SessionWatch(props: {
  readonly state: Extract<SessionState, { phase: 'watching' }>
}) {
  const { state } = props
  const t = useT()
  const lang = useLang()
  const now = useNow(1000)
  const [declined, setDeclined] = useState(false)
  const [message, setMessage] = useState('')
  const { elapsed, left } = sessionClock(lang, state.startedAt, state.deadline, now)
  return (
    <section className="session-watch" aria-label={t('session.watching')}>
      {state.alerts.length > 0 ? (
        <SessionStop
          alerts={state.alerts}
          moreChanges={state.moreChanges}
          latest={state.latest.at(-1)}
          className="urgent"
        />
      ) : (
        <p className="session-ok">{t('session.watching')}</p>
      )}
      <p className="muted">{t('session.elapsed', { elapsed, left })}</p>
      <h3>{t('session.pinned')}</h3>
      <ul className="pinned">
        {exitRoutes.map((route) => {
          const exit = state.pin.exits[route]
          return (
            <li key={route}>
              {t('route.exit', {
                route: { message: `route.short.${route}` },
                exit: exit ? exitPlace(exit.ip, exit.country, lang) : t('exit.none'),
              })}
            </li>
          )
        })}
      </ul>
      <h3>{t('session.outcome.title')}</h3>
      <div className="actions">
        {userOutcomes.map((outcome) => (
          <button
            key={outcome}
            type="button"
            onClick={() =>
              outcome === 'declined' ? setDeclined(true) : void paymentActions.endSession(outcome)
            }
          >
            {t(`session.outcome.${outcome}`)}
          </button>
        ))}
      </div>
      {declined ? (
        <div className="declined-form">
          <label className="field">
            <span>{t('session.declined.label')}</span>
            <input value={message} maxLength={500} onChange={(e) => setMessage(e.target.value)} />
          </label>
          <button
            type="button"
            disabled={message.trim() === ''}
            onClick={() => void paymentActions.endSession('declined', message)}
          >
            {t('session.declined.submit')}
          </button>
        </div>
      ) : null}
    </section>
  )
}
