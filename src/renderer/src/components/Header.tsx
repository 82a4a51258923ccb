import { useShallow } from 'zustand/react/shallow'
import { listText, otherLang } from '../../../shared/i18n/locale-tag'
import { mainFinding } from '../../../shared/verdict/light-of'
import { useAppStore } from '../store/app-store'
import { useLang, useT } from '../use-t'
import { LightBadge } from './LightBadge'

/** The light, its main reason, the merchants it is for, and the actions a user reaches for first. */
export function Header() {
  const t = useT()
  const lang = useLang()
  const { verdict, paused, checking, merchants } = useAppStore(
    useShallow((s) => ({
      verdict: s.app?.verdict,
      merchants: s.app?.settings.merchants,
      paused: s.app?.monitor.paused ?? false,
      checking: s.busy || (s.app?.monitor.checking ?? false),
    })),
  )
  const { checkNow, setPaused, setLanguage } = useAppStore.getState()
  const light = verdict?.light ?? 'grey'
  const reason = verdict ? mainFinding(verdict.findings, light)?.message[lang] : undefined
  return (
    <header className="header">
      <LightBadge light={light} />
      <div className="headline">
        <h1>{t('app.name')}</h1>
        <p className="headline-light" aria-live="polite">
          {t(`light.${light}`)}
          {reason ? ` — ${reason}` : ''}
        </p>
        {merchants ? (
          <p className="headline-merchants muted">
            {t('merchant.watching', {
              names: listText(
                lang,
                merchants.map((m) => t(`merchant.name.${m}`)),
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
