import { formatDuration } from '../../../shared/session/duration'
import { urgentAlerts } from '../../../shared/session/urgent'
import { useAppStore } from '../store/app-store'
import { useNow } from '../use-now'
import { useLang, useT } from '../use-t'
import { SessionStop } from './SessionStop'

// The first few of what moved at the stop; the session page lists them all.
const SHOWN_ALERTS = 3

/**
 * Above every page: the payment session's stop signal with what moved (except on the session page,
 * whose own box says it), and the cool-down's countdown.
 */
export function UrgentBanner({ onSessionPage }: { readonly onSessionPage: boolean }) {
  const t = useT()
  const lang = useLang()
  const now = useNow(30_000)
  const session = useAppStore((s) => s.app?.session.state)
  const cooldown = useAppStore((s) => s.app?.declines.cooldown)
  const alerts = urgentAlerts(session)
  const urgent = alerts.length > 0 && !onSessionPage
  const waiting =
    cooldown?.kind === 'active'
      ? Math.max(0, Math.min(cooldown.remainingMs, Date.parse(cooldown.until) - now))
      : null
  if (!urgent && waiting === null) return null
  return (
    // Red only for the stop; a cool-down alone is a warning, as its yellow light is.
    <div className={`banner ${urgent ? 'urgent-banner' : 'cooldown-banner'}`}>
      {urgent && session?.phase === 'watching' ? (
        <SessionStop
          alerts={alerts.slice(0, SHOWN_ALERTS)}
          moreChanges={session.moreChanges + Math.max(0, alerts.length - SHOWN_ALERTS)}
          latest={session.latest.at(-1)}
        />
      ) : null}
      {waiting !== null ? (
        <p>{t('tray.cooldown', { left: formatDuration(lang, waiting) })}</p>
      ) : null}
    </div>
  )
}
