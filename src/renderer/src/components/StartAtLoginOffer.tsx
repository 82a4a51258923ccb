import '../settings/desktop.css'
import { useEffect } from 'react'
import { useAppStore } from '../store/app-store'
import { useDesktopStore } from '../store/desktop-store'
import { useT } from '../use-t'

/**
 * On first run, once: "开机时启动付款红绿灯？" — a light that is not running when the user pays
 * does not help. Shown only where start-at-login can be turned on and is not on yet; either answer
 * is remembered in the settings (`startAtLoginOffered`), so it is never asked again.
 */
export function StartAtLoginOffer() {
  const t = useT()
  const offered = useAppStore((s) => s.app?.settings.startAtLoginOffered ?? true)
  const reply = useDesktopStore((s) => s.startAtLogin)
  const changing = useDesktopStore((s) => s.changingLogin)
  useEffect(() => {
    if (!offered) void useDesktopStore.getState().loadStartAtLogin()
  }, [offered])
  if (offered || !reply?.ok || reply.state.enabled || !reply.state.canChange) return null
  const remember = () => useAppStore.getState().updateSettings({ startAtLoginOffered: true })
  const accept = async () => {
    const next = await useDesktopStore.getState().setStartAtLogin(true)
    if (next?.ok) await remember()
  }
  return (
    <section className="banner offer" aria-labelledby="offer-title">
      <h2 id="offer-title">{t('desktop.offer.title')}</h2>
      <p>{t('desktop.offer.body')}</p>
      <div className="actions">
        <button type="button" className="primary" disabled={changing} onClick={() => void accept()}>
          {t('desktop.offer.accept')}
        </button>
        <button type="button" disabled={changing} onClick={() => void remember()}>
          {t('desktop.offer.dismiss')}
        </button>
      </div>
    </section>
  )
}
