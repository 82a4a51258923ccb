import { Suspense, useEffect } from 'react'
import { Header } from './components/Header'
import { NoticeBanner } from './components/NoticeBanner'
import { RequestError } from './components/RequestError'
import { StorageNotices } from './components/StorageNotices'
import { useFirstStateMark } from './first-state-mark'
import { lazyPage, preloadWhenIdle } from './lazy-page'
import { useShowChecklistOnRequest } from './guide/step-navigation'
import { windowTabs, type WindowTab } from '../../shared/window-tabs'
import { StatusPage } from './pages/StatusPage'
import { UrgentBanner } from './session/UrgentBanner'
import { useAppStore } from './store/app-store'
import { useFollowedTab } from './use-followed-tab'
import { useLang, useT } from './use-t'

// Only the status page is on the first screen; the others are chunks fetched on first use.
const ProfilePage = lazyPage(() => import('./profile/ProfilePage'), 'ProfilePage')
const ChecklistPage = lazyPage(() => import('./pages/ChecklistPage'), 'ChecklistPage')
const GuidePage = lazyPage(() => import('./guide/GuidePage'), 'GuidePage')
const SettingsPage = lazyPage(() => import('./pages/SettingsPage'), 'SettingsPage')
const SessionPage = lazyPage(() => import('./pages/SessionPage'), 'SessionPage')
const HistoryPage = lazyPage(() => import('./pages/HistoryPage'), 'HistoryPage')

const tabs = windowTabs
type Tab = WindowTab

/** The window: the light and its reason on top, then status, ready to pay, profile, checklist, history, settings. */
export function App() {
  const t = useT()
  const lang = useLang()
  const [tab, setTab] = useFollowedTab<Tab>(tabs, 'status')
  const hasState = useAppStore((s) => s.app !== null)
  useFirstStateMark(hasState)
  useShowChecklistOnRequest(() => setTab('checklist'))
  useEffect(
    () =>
      hasState
        ? preloadWhenIdle([
            SessionPage,
            ProfilePage,
            ChecklistPage,
            GuidePage,
            HistoryPage,
            SettingsPage,
          ])
        : undefined,
    [hasState],
  )
  return (
    <div className="app" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <Header />
      <RequestError />
      <UrgentBanner />
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
        <Suspense fallback={null}>
          {tab === 'status' ? <StatusPage /> : null}
          {tab === 'profile' ? <ProfilePage /> : null}
          {tab === 'checklist' ? <ChecklistPage /> : null}
          {tab === 'guide' ? <GuidePage /> : null}
          {tab === 'settings' ? <SettingsPage /> : null}
          {tab === 'session' ? <SessionPage /> : null}
          {tab === 'history' ? <HistoryPage /> : null}
        </Suspense>
      </div>
    </div>
  )
}
