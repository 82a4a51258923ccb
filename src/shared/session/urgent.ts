import type { AppState } from '../contract/app-state'
import { latestUndelivered, type NoticeRecord } from '../contract/notices'
import type { SessionAlert, SessionState } from './session-types'

/**
 * What the payment session is saying stop about, oldest first (empty when it is not): the banner
 * above every page shows it, and the in-app notice fallback leaves the session's notices to it.
 */
export function urgentAlerts(state: SessionState | undefined): readonly SessionAlert[] {
  return state?.phase === 'watching' ? state.alerts : []
}

/**
 * The notice the window's banner and the tray's first line show in place of the system: the
 * newest undelivered one, except that while the session says stop its own notices wait (the stop
 * above says the same, once).
 */
export function undeliveredNoticeToShow(
  state: Pick<AppState, 'notices' | 'session'>,
): NoticeRecord | null {
  const urgent = urgentAlerts(state.session.state).length > 0
  return latestUndelivered(
    urgent ? state.notices.filter((n) => n.page !== 'session') : state.notices,
  )
}
