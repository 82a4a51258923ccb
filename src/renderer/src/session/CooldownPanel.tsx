import { formatDuration } from '../../../shared/session/duration'
import { useAppStore } from '../store/app-store'
import { useNow } from '../use-now'
import { useLang, useT } from '../use-t'
import { paymentActions } from './payment-actions'
import { localeTag } from '../../../shared/i18n/locale-tag'

/** The cool-down: when to try again ("等到 14:20 再试（还要 3 小时）"), the warning, a knowing early end. */
export function CooldownPanel() {
  const t = useT()
  const lang = useLang()
  const now = useNow(30_000)
  const declines = useAppStore((s) => s.app?.declines)
  if (!declines) return null
  const { cooldown, policy } = declines
  const until = (iso: string) => new Date(iso).toLocaleString(localeTag(lang))
  const hours = policy.windowMs / 3_600_000
  if (cooldown.kind === 'none')
    return (
      <p className="muted" aria-label={t('declines.title')}>
        {cooldown.recent === 0
          ? t('declines.cooldown.none', { hours })
          : t('declines.cooldown.some', {
              declines: {
                message: cooldown.recent === 1 ? 'declines.count.one' : 'declines.count.other',
                params: { n: cooldown.recent },
              },
              hours,
              threshold: policy.threshold,
              wait: policy.waitMs / 3_600_000,
            })}
      </p>
    )
  if (cooldown.kind === 'ended-early')
    return (
      <p className="muted">
        {t('declines.cooldown.ended-early', { until: until(cooldown.until) })}
      </p>
    )
  // The clock ticks every 30 s: main's figure (fresh at each push) keeps it from running behind.
  const left = Math.max(0, Math.min(cooldown.remainingMs, Date.parse(cooldown.until) - now))
  return (
    <section className="cooldown" role="timer" aria-label={t('declines.title')}>
      <h3 className="cooldown-left">
        {t('declines.cooldown.active', {
          time: { at: cooldown.until, from: now },
          left: formatDuration(lang, left),
        })}
      </h3>
      <p>{t('declines.cooldown.detail', { count: cooldown.count })}</p>
      <button
        type="button"
        onClick={() => {
          if (window.confirm(t('declines.end-early.confirm')))
            void paymentActions.endCooldownEarly()
        }}
      >
        {t('declines.end-early')}
      </button>
    </section>
  )
}
