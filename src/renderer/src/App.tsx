import { Header } from './components/Header'
import { NoticeBanner } from './components/NoticeBanner'
import { RequestError } from './components/RequestError'
import { StorageNotices } from './components/StorageNotices'
import { ChecklistPage } from './pages/ChecklistPage'
import { SettingsPage } from './pages/SettingsPage'
import { StatusPage } from './pages/StatusPage'
import { ProfilePage } from './profile/ProfilePage'
import { useFollowedTab } from './use-followed-tab'
import { useLang, useT } from './use-t'

const tabs = ['status', 'profile', 'checklist', 'settings'] as const
type Tab = (typeof tabs)[number]

/** The window: the light and its reason on top, then status, card profile, checklist and settings. */
export function App() {
  const t = useT()
  const lang = useLang()
  const [tab, setTab] = useFollowedTab<Tab>(tabs, 'status')
  return (
    <div className="app" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <Header />
      <RequestError />
      <NoticeBanner />
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
      </div>
    </div>
  )
}
