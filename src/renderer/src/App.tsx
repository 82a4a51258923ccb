import { Suspense, useEffect, type ComponentType } from 'react'
import { Header } from './components/Header'
import { NoticeBanner } from './components/NoticeBanner'
import { RequestError } from './components/RequestError'
import { StorageNotices } from './components/StorageNotices'
import { panelId, TabBar, tabId } from './components/TabBar'
import { useFirstStateMark } from './first-state-mark'
import { lazyPage, preloadWhenIdle } from './lazy-page'
import { StatusPage } from './pages/StatusPage'
import { useAppStore } from './store/app-store'
import { useFollowedTab } from './use-followed-tab'
import { useLang, useT } from './use-t'

// Only the status page is on the first screen; the others are chunks fetched on first use.
const ProfilePage = lazyPage(() => import('./profile/ProfilePage'), 'ProfilePage')
const ChecklistPage = lazyPage(() => import('./pages/ChecklistPage'), 'ChecklistPage')
const SettingsPage = lazyPage(() => import('./pages/SettingsPage'), 'SettingsPage')

// The window's pages in tab order: a new page is one more entry (and its `tab.<name>` label).
const pages = {
  status: StatusPage,
  profile: ProfilePage,
  checklist: ChecklistPage,
  settings: SettingsPage,
} as const satisfies Record<string, ComponentType>
type Tab = keyof typeof pages
const tabs = Object.keys(pages) as readonly Tab[]

/** The window: the light and its reason on top, then status, card profile, checklist and settings. */
export function App() {
  const t = useT()
  const lang = useLang()
  const [tab, setTab] = useFollowedTab<Tab>(tabs, 'status')
  const Page = pages[tab]
  const hasState = useAppStore((s) => s.app !== null)
  useFirstStateMark(hasState)
  useEffect(
    () => (hasState ? preloadWhenIdle([ProfilePage, ChecklistPage, SettingsPage]) : undefined),
    [hasState],
  )
  return (
    <div className="app" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <Header />
      <RequestError />
      <NoticeBanner />
      <StorageNotices />
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
