import { useEffect } from 'react'
import { useDesktopStore } from '../store/desktop-store'
import { useT } from '../use-t'

/**
 * "开机时启动 / Start at login": a switch that shows what the system says (read when Settings
 * opens, read back after each change), and why it cannot be changed or is not in effect yet.
 */
export function StartAtLoginSetting() {
  const t = useT()
  const reply = useDesktopStore((s) => s.startAtLogin)
  const changing = useDesktopStore((s) => s.changingLogin)
  const { loadStartAtLogin, setStartAtLogin } = useDesktopStore.getState()
  useEffect(() => void loadStartAtLogin(true), [loadStartAtLogin])
  if (!reply) return null
  if (!reply.ok && reply.reason === 'unsupported')
    return <p className="muted note">{t('desktop.startAtLogin.unsupported')}</p>
  const state = reply.state
  return (
    <div className="desktop-setting">
      <label className="check">
        <input
          type="checkbox"
          role="switch"
          checked={state?.enabled ?? false}
          disabled={changing || state?.canChange === false}
          aria-describedby="start-at-login-hint"
          onChange={(e) => void setStartAtLogin(e.target.checked)}
        />
        {t('desktop.startAtLogin')}
      </label>
      <p className="muted note" id="start-at-login-hint">
        {t('desktop.startAtLogin.hint')}
      </p>
      {state?.enabled && state.needsApproval ? (
        <p className="note warn-note" role="status">
          {t('desktop.startAtLogin.needsApproval')}
        </p>
      ) : null}
      {state?.canChange === false ? (
        <p className="note">{t('desktop.startAtLogin.notOurs')}</p>
      ) : null}
      {!reply.ok ? (
        <p className="error" role="alert">
          {t('desktop.startAtLogin.failed')}
        </p>
      ) : null}
    </div>
  )
}
