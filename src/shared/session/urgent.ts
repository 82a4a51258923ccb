import type { AppState } from '../contract/app-state'
import { latestUndelivered, type NoticeRecord, type NoticeTopic } from '../contract/notices'
import type { SessionAlert, SessionState } from './session-types'

/**
 * What the payment session is saying stop about, oldest first (empty when it is not): the banner
 * above every page shows it, and the in-app notice fallback leaves the session's notices to it.
 */
export function urgentAlerts(state: SessionState | undefined): readonly SessionAlert[] {
  return state?.phase === 'watching' ? state.alerts : []
}

// Said elsewhere already: the stop by its own banner while the session watches (and gone with the
// session), the cool-down's start by the light while it runs (and stale once it is over).
const saidElsewhere: ReadonlySet<NoticeTopic> = new Set(['session-stop', 'cooldown-started'])

/**
 * The notice the window's banner and the tray's first line show in place of the system: the
 * newest undelivered one. One alarm at a time: while the session says stop, none (the stop is
 * the banner and the tray's first line); the stop's and the cool-down start's own notices never,
 * since the stop and the light say them while they last.
 */
export function undeliveredNoticeToShow(
  state: Pick<AppState, 'notices' | 'session'>,
): NoticeRecord | null {
  if (urgentAlerts(state.session.state).length > 0) return null
  return latestUndelivered(state.notices.filter((n) => !n.topic || !saidElsewhere.has(n.topic)))
}
