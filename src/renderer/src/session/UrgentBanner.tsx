import { urgentAlerts } from '../../../shared/session/urgent'
import { useAppStore } from '../store/app-store'
import { SessionStop } from './SessionStop'

// The first few of what moved at the stop; the session page lists them all.
const SHOWN_ALERTS = 3

/**
 * Above every page while a payment session says stop: what moved and the way back (except on the
 * session page, whose own box says it). One alarm at a time: nothing else is a banner meanwhile,
 * and it goes with the session. The cool-down is the light's own state, not a banner.
 */
export function UrgentBanner({ onSessionPage }: { readonly onSessionPage: boolean }) {
  const session = useAppStore((s) => s.app?.session.state)
  const alerts = urgentAlerts(session)
  if (alerts.length === 0 || onSessionPage || session?.phase !== 'watching') return null
  return (
    <div className="banner urgent-banner">
      <SessionStop
        alerts={alerts.slice(0, SHOWN_ALERTS)}
        moreChanges={session.moreChanges + Math.max(0, alerts.length - SHOWN_ALERTS)}
        latest={session.latest.at(-1)}
      />
    </div>
  )
}
