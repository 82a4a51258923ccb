import { useEffect, useRef, type RefObject } from 'react'
import { create } from 'zustand'
import type { NoticePage } from '../../shared/contract/notices'

/** A page this window asked itself to show, and what to focus there once it is shown. */
interface Navigation {
  /** The newest page request from inside the window; `seq` grows so a repeat is still seen. */
  readonly request: { readonly page: NoticePage; readonly seq: number } | null
  /** An element to focus when it appears (`field:billing.postalCode`, `step:vpn-region`). */
  readonly focus: { readonly target: string; readonly seq: number } | null
  /** Shows a page and, optionally, focuses one thing on it. */
  readonly go: (page: NoticePage, focus?: string) => void
  /** The focus request was carried out (or the element is gone): forget it. */
  readonly focused: (seq: number) => void
  readonly reset: () => void
}

/**
 * In-window navigation (the next step's button): the tabs follow `request` like they follow
 * main's page requests, and the element whose target matches `focus` takes the focus.
 */
export const useNavigation = create<Navigation>()((set, get) => ({
  request: null,
  focus: null,
  go: (page, focus) => {
    const seq = (get().request?.seq ?? 0) + 1
    set({ request: { page, seq }, focus: focus ? { target: focus, seq } : null })
  },
  focused: (seq) => {
    if (get().focus?.seq === seq) set({ focus: null })
  },
  reset: () => set({ request: null, focus: null }),
}))

/**
 * A ref for an element a next step can lead to: when a focus request names `target`, the element
 * is scrolled into view and focused once, as soon as it is on screen.
 */
export function useFocusTarget<E extends HTMLElement>(target: string): RefObject<E | null> {
  const ref = useRef<E | null>(null)
  const pending = useNavigation((s) => (s.focus?.target === target ? s.focus.seq : null))
  useEffect(() => {
    const element = ref.current
    if (pending === null || !element) return
    element.scrollIntoView?.({ block: 'center' })
    element.focus()
    useNavigation.getState().focused(pending)
  }, [pending])
  return ref
}
