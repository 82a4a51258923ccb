import { useState } from 'react'
import { Header } from './components/Header'
import { RequestError } from './components/RequestError'
import { ChecklistPage } from './pages/ChecklistPage'
import { SettingsPage } from './pages/SettingsPage'
import { StatusPage } from './pages/StatusPage'
import { ProfilePage } from './profile/ProfilePage'
import { useAppStore } from './store/app-store'
import { useFirstStateMark } from './first-state-mark'
import { useLang, useT } from './use-t'

const tabs = ['status', 'profile', 'checklist', 'settings'] as const
type Tab = (typeof tabs)[number]

/** The window: the light and its reason on top, then status, card profile, checklist and settings. */
export function App() {
  const t = useT()
  const lang = useLang()
  const [tab, setTab] = useState<Tab>('status')
  useFirstStateMark(useAppStore((s) => s.app !== null))
  return (
    <div className="app" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <Header />
      <RequestError />
      <nav className="tabs" role="tablist">
        {tabs.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === name}
            onClick={() => setTab(name)}
          >
            {t(`tab.${name}`)}
          </button>
        ))}
      </nav>
      <div role="tabpanel">
        {tab === 'status' ? <StatusPage /> : null}
        {tab === 'profile' ? <ProfilePage /> : null}
        {tab === 'checklist' ? <ChecklistPage /> : null}
        {tab === 'settings' ? <SettingsPage /> : null}
      </div>
    </div>
  )
}
