import { alertText } from '../../../shared/session/alert-text'
import type { SessionAlert } from '../../../shared/session/session-types'
import { useLang, useT } from '../use-t'

/** The payment session's stop and what moved, one line each: the session page and the banner above every page. */
export function SessionStop(props: {
  readonly alerts: readonly SessionAlert[]
  readonly className?: string
}) {
  const t = useT()
  const lang = useLang()
  return (
    <div className={props.className} role="alert">
      <strong>{t('session.urgent')}</strong>
      <ul className="urgent-moves">
        {props.alerts.map((alert, i) => (
          <li key={i}>{alertText(alert, lang)}</li>
        ))}
      </ul>
    </div>
  )
}
