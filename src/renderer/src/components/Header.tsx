import { useShallow } from 'zustand/react/shallow'
import { listText, otherLang } from '../../../shared/i18n/locale-tag'
import { headline } from '../../../shared/view/headline'
import { useAppStore } from '../store/app-store'
import { useLang, useT } from '../use-t'
import { LightBadge } from './LightBadge'

/**
 * The light and a few words on it ("红灯 · IPv6 出口在中国"; the stop while a payment session says
 * so), the merchants it is for, and the actions a user reaches for first. Details are the next-step
 * card's: the header stays short at any width.
 */
export function Header() {
  const t = useT()
  const lang = useLang()
  const { verdict, session, paused, checking, merchants } = useAppStore(
    useShallow((s) => ({
      verdict: s.app?.verdict,
      session: s.app?.session,
      merchants: s.app?.settings.merchants,
      paused: s.app?.monitor.paused ?? false,
      checking: s.busy || (s.app?.monitor.checking ?? false),
    })),
  )
  const { checkNow, setPaused, setLanguage } = useAppStore.getState()
  const lead = verdict && session ? headline({ verdict, session }, lang) : null
  const light = lead?.light ?? 'grey'
  return (
    <header className="header">
      <LightBadge light={light} />
      <div className="headline">
        <h1>{t('app.name')}</h1>
        <p className="headline-light" aria-live="polite">
          {lead?.text ?? t('light.grey')}
        </p>
        {merchants ? (
          <p className="headline-merchants muted">
            {t('merchant.watching', {
              names: listText(
                lang,
                merchants.map((m) => t(`merchant.short.${m}`)),
              ),
            })}
          </p>
        ) : null}
      </div>
      <div className="actions">
        <button type="button" onClick={() => void checkNow()} disabled={checking}>
          {checking ? t('tray.checking') : t('status.checkNow')}
        </button>
        <button type="button" onClick={() => void setPaused(!paused)}>
          {paused ? t('status.resume') : t('status.pause')}
        </button>
        <button
          type="button"
          onClick={() => void setLanguage(otherLang(lang))}
          lang={otherLang(lang)}
        >
          {t('status.language')}
        </button>
      </div>
    </header>
  )
}
