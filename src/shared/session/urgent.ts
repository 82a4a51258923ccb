import type { SessionAlert, SessionState } from './session-types'

/**
 * What the payment session is saying stop about, oldest first (empty when it is not): the banner
 * above every page shows it, and the in-app notice fallback leaves the session's notices to it.
 */
export function urgentAlerts(state: SessionState | undefined): readonly SessionAlert[] {
  return state?.phase === 'watching' ? state.alerts : []
}
