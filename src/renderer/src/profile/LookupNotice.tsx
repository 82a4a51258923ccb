import { useLang, useT } from '../use-t'
import { useProfileForm } from './profile-store'
import { localeTag } from '../../../shared/i18n/locale-tag'

/** The form's last notice: dropped digits, the BIN look-up's outcome. */
export function LookupNotice() {
  const t = useT()
  const lang = useLang()
  const notice = useProfileForm((s) => s.notice)
  if (notice?.kind === 'discarded') {
    const last4 = notice.last4 ? t('profile.discardedLast4', { last4: notice.last4 }) : ''
    return (
      <p className="notice" role="status">
        {t('profile.discarded', { bin: notice.bin, last4 })}
      </p>
    )
  }
  if (notice?.kind !== 'lookup') return null
  const r = notice.result
  const text = r.ok
    ? `${t('profile.lookupOk')}${r.cached ? t('profile.lookupCached') : ''}`
    : r.reason === 'rate-limited'
      ? t('profile.lookupLimited', {
          time: r.retryAt ? new Date(r.retryAt).toLocaleTimeString(localeTag(lang)) : '—',
        })
      : t('profile.lookupFailed', { detail: r.detail })
  return (
    <p className={r.ok ? 'notice' : 'warn'} role="status">
      {text}
    </p>
  )
}
