import { alertText } from '../../../shared/session/alert-text'
import type { SessionAlert } from '../../../shared/session/session-types'
import { wayBack } from '../../../shared/view/headline'
import { useLang, useT } from '../use-t'
import { paymentActions } from './payment-actions'

/**
 * The payment session's stop, what moved (one line each) and the way back: switch back to the
 * pinned exit, or start over with a fresh self-check. The session page and the banner above every
 * page. Said once; later changes update it in place (how many more, and the latest).
 */
export function SessionStop(props: {
  readonly alerts: readonly SessionAlert[]
  readonly moreChanges?: number
  readonly latest?: SessionAlert | undefined
  readonly className?: string
}) {
  const t = useT()
  const lang = useLang()
  const more = props.moreChanges ?? 0
  return (
    <div className={props.className} role="alert">
      <strong>{t('session.urgent')}</strong>
      <ul className="urgent-moves">
        {props.alerts.map((alert, i) => (
          <li key={i}>{alertText(alert, lang)}</li>
        ))}
      </ul>
      {more > 0 ? (
        <p className="urgent-more">
          {t('session.moreChanges', {
            count: more,
            latest: props.latest ? alertText(props.latest, lang) : '',
          })}
        </p>
      ) : null}
      <p className="urgent-way-back">
        {wayBack(props.alerts[0], lang)}{' '}
        <button type="button" onClick={() => void paymentActions.restartSession()}>
          {t('session.restart')}
        </button>
      </p>
    </div>
  )
}
