import { Suspense, useEffect, type ComponentType } from 'react'
import { Header } from './components/Header'
import { NoticeBanner } from './components/NoticeBanner'
import { RequestError } from './components/RequestError'
import { StartAtLoginOffer } from './components/StartAtLoginOffer'
import { StorageNotices } from './components/StorageNotices'
import { panelId, TabBar, tabId } from './components/TabBar'
import { useFirstStateMark } from './first-state-mark'
import { lazyPage, preloadWhenIdle } from './lazy-page'
import { windowTabs, type WindowTab } from '../../shared/contract/window-tabs'
import { StatusPage } from './pages/StatusPage'
import { UrgentBanner } from './session/UrgentBanner'
import { useAppStore } from './store/app-store'
import { useFollowedTab } from './use-followed-tab'
import { useLang, useT } from './use-t'
import { localeTag } from '../../shared/i18n/locale-tag'

// Only the status page is on the first screen; the others are chunks fetched on first use.
const ProfilePage = lazyPage(() => import('./pages/ProfilePage'), 'ProfilePage')
const ChecklistPage = lazyPage(() => import('./pages/ChecklistPage'), 'ChecklistPage')
const GuidePage = lazyPage(() => import('./pages/GuidePage'), 'GuidePage')
const SettingsPage = lazyPage(() => import('./pages/SettingsPage'), 'SettingsPage')
const SessionPage = lazyPage(() => import('./pages/SessionPage'), 'SessionPage')
const HistoryPage = lazyPage(() => import('./pages/HistoryPage'), 'HistoryPage')

// The window's pages, one per tab (the tab order is `windowTabs`, the label `tab.<name>`).
const pages = {
  status: StatusPage,
  session: SessionPage,
  profile: ProfilePage,
  checklist: ChecklistPage,
  guide: GuidePage,
  history: HistoryPage,
  settings: SettingsPage,
} as const satisfies Record<WindowTab, ComponentType>
const tabs = windowTabs
type Tab = WindowTab

/** The window: the light and its reason on top, then status, ready to pay, profile, checklist, history, settings. */
export function App() {
  const t = useT()
  const lang = useLang()
  const [tab, setTab] = useFollowedTab<Tab>(tabs, 'status')
  const Page = pages[tab]
  const hasState = useAppStore((s) => s.app !== null)
  useFirstStateMark(hasState)
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
    <div className="app" lang={localeTag(lang)}>
      <Header />
      <RequestError />
      {/* The session page says stop in its own box, with everything that moved. */}
      <UrgentBanner onSessionPage={tab === 'session'} />
      <NoticeBanner />
      <StorageNotices />
      <StartAtLoginOffer />
      <TabBar tabs={tabs} selected={tab} label={(name) => t(`tab.${name}`)} onSelect={setTab} />
      {/* Focusable, as the tabs pattern advises: a page may have nothing else to stop on. */}
      <div role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)} tabIndex={0}>
        <Suspense fallback={null}>
          <Page />
        </Suspense>
      </div>
    </div>
  )
}
