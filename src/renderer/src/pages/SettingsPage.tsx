import type { AlertLevel } from '../../../shared/alerts/alert-event'
import { AboutView } from '../settings/AboutView'
import { DesktopActions } from '../settings/DesktopActions'
import { StartAtLoginSetting } from '../settings/StartAtLoginSetting'
import { merchantIds, type MerchantId } from '../../../shared/merchant/watched'
import type { LanguageSetting } from '../../../shared/contract/settings'
import { useAppStore } from '../store/app-store'
import { useT } from '../use-t'

const intervals = [15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 1_800_000]

/** Language, check interval, the merchants paid, online cross-check, notifications and which changes
 * they announce; start at login, the log folder and updates; and About. */
export function SettingsPage() {
  const t = useT()
  const settings = useAppStore((s) => s.app?.settings)
  if (!settings) return null
  const { setLanguage, updateSettings: update } = useAppStore.getState()
  return (
    <main className="settings">
      <label className="field">
        {t('settings.language')}
        <select
          value={settings.language}
          onChange={(e) => void setLanguage(e.target.value as LanguageSetting)}
        >
          <option value="system">{t('settings.language.system')}</option>
          <option value="zh">简体中文</option>
          <option value="en">English</option>
        </select>
      </label>
      <label className="field">
        {t('settings.interval')}
        <select
          value={settings.intervalMs}
          onChange={(e) => void update({ intervalMs: Number(e.target.value) })}
        >
          {intervals.map((ms) => (
            <option key={ms} value={ms}>
              {ms < 60_000
                ? t('settings.seconds', { n: ms / 1000 })
                : t('settings.minutes', { n: ms / 60_000 })}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="field merchants">
        <legend>{t('merchant.choose')}</legend>
        {merchantIds.map((id) => {
          const on = settings.merchants.includes(id)
          const toggle = (checked: boolean): MerchantId[] =>
            merchantIds.filter((m) => (m === id ? checked : settings.merchants.includes(m)))
          return (
            <label className="check" key={id}>
              <input
                type="checkbox"
                checked={on}
                // The last merchant cannot be unticked: a check is always for someone.
                disabled={on && settings.merchants.length === 1}
                onChange={(e) => void update({ merchants: toggle(e.target.checked) })}
              />
              {t(`merchant.name.${id}`)}
            </label>
          )
        })}
      </fieldset>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.crossCheck}
          onChange={(e) => void update({ crossCheck: e.target.checked })}
        />
        {t('settings.crossCheck')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.notifications}
          onChange={(e) => void update({ notifications: e.target.checked })}
        />
        {t('settings.notifications')}
      </label>
      <label className="field">
        {t('alert.level.label')}
        <select
          value={settings.alertLevel}
          disabled={!settings.notifications}
          onChange={(e) => void update({ alertLevel: e.target.value as AlertLevel })}
        >
          <option value="all">{t('alert.level.all')}</option>
          <option value="important">{t('alert.level.important')}</option>
          <option value="off">{t('alert.level.off')}</option>
        </select>
      </label>
      <StartAtLoginSetting />
      <DesktopActions />
      <AboutView />
    </main>
  )
}
