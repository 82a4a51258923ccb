import { useState } from 'react'
import { useNavigation } from './navigation'
import { useAppStore } from './store/app-store'

/**
 * The window's tab: the user's choice, until main asks for a page (a clicked notification, the
 * tray's next step) or the window does (the next step's button). Each request carries a growing
 * sequence number, so a request is followed once and a later click on a tab wins again; a page
 * this window has no tab for is ignored.
 */
export function useFollowedTab<T extends string>(
  tabs: readonly T[],
  first: T,
): readonly [T, (tab: T) => void] {
  const fromMain = useAppStore((s) => s.app?.ui.requestedPage ?? null)
  const fromWindow = useNavigation((s) => s.request)
  const [chosen, setChosen] = useState({ tab: first, mainSeq: 0, windowSeq: 0 })
  const known = (page: string) => tabs.find((tab) => tab === page)
  let next = chosen
  if (fromMain && fromMain.seq > next.mainSeq)
    next = { ...next, tab: known(fromMain.page) ?? next.tab, mainSeq: fromMain.seq }
  if (fromWindow && fromWindow.seq > next.windowSeq)
    next = { ...next, tab: known(fromWindow.page) ?? next.tab, windowSeq: fromWindow.seq }
  // Following a request is remembered at once (React allows this update during render).
  if (next !== chosen) setChosen(next)
  const choose = (tab: T) => setChosen((prev) => ({ ...prev, tab }))
  return [next.tab, choose] as const
}
