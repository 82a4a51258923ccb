import { useState } from 'react'
import { Header } from './components/Header'
import { RequestError } from './components/RequestError'
import { StorageNotices } from './components/StorageNotices'
import { ChecklistPage } from './pages/ChecklistPage'
import { SettingsPage } from './pages/SettingsPage'
import { StatusPage } from './pages/StatusPage'
import { ProfilePage } from './profile/ProfilePage'
import { HistoryPage } from './pages/HistoryPage'
import { SessionPage } from './pages/SessionPage'
import { UrgentBanner } from './session/UrgentBanner'
import { useLang, useT } from './use-t'

const tabs = ['status', 'session', 'profile', 'checklist', 'history', 'settings'] as const
type Tab = (typeof tabs)[number]

/** The window: the light and its reason on top, then status, ready to pay, profile, checklist, history, settings. */
export function App() {
  const t = useT()
  const lang = useLang()
  const [tab, setTab] = useState<Tab>('status')
  return (
    <div className="app" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <Header />
      <RequestError />
      <UrgentBanner />
      <StorageNotices />
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
        {tab === 'session' ? <SessionPage /> : null}
        {/* Eager: React.lazy breaks the current single-file renderer build (__VITE_PRELOAD__). */}
        {tab === 'history' ? <HistoryPage /> : null}
      </div>
    </div>
  )
}
