import { useState } from 'react'
import { useAppStore } from './store/app-store'

/**
 * The window's tab: the user's choice, until main asks for a page (a clicked notification, the
 * tray's next step). Each request carries a growing sequence number, so a request is followed once
 * and a later click on a tab wins again; a page this window has no tab for is ignored.
 */
export function useFollowedTab<T extends string>(
  tabs: readonly T[],
  first: T,
): readonly [T, (tab: T) => void] {
  const requested = useAppStore((s) => s.app?.ui.requestedPage ?? null)
  const [chosen, setChosen] = useState({ tab: first, seq: 0 })
  const asked =
    requested !== null && requested.seq > chosen.seq
      ? tabs.find((tab) => tab === requested.page)
      : undefined
  const choose = (tab: T) => setChosen({ tab, seq: requested?.seq ?? 0 })
  return [asked ?? chosen.tab, choose] as const
}
