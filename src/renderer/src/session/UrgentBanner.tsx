import { formatDuration } from '../../../shared/session/duration'
import { useAppStore } from '../store/app-store'
import { useNow } from '../use-now'
import { useLang, useT } from '../use-t'

/** Above every page: the payment session's stop signal, and the cool-down's countdown. */
export function UrgentBanner() {
  const t = useT()
  const lang = useLang()
  const now = useNow(30_000)
  const session = useAppStore((s) => s.app?.session.state)
  const cooldown = useAppStore((s) => s.app?.declines.cooldown)
  const urgent = session?.phase === 'watching' && session.alerts.length > 0
  const waiting =
    cooldown?.kind === 'active'
      ? Math.max(0, Math.min(cooldown.remainingMs, Date.parse(cooldown.until) - now))
      : null
  if (!urgent && waiting === null) return null
  return (
    // Red only for the stop; a cool-down alone is a warning, as its yellow light is.
    <div className={`banner ${urgent ? 'urgent-banner' : 'cooldown-banner'}`}>
      {urgent ? <p role="alert">{t('session.urgent')}</p> : null}
      {waiting !== null ? (
        <p>{t('tray.cooldown', { left: formatDuration(lang, waiting) })}</p>
      ) : null}
    </div>
  )
}
