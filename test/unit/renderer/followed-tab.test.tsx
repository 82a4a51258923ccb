import { act, renderHook } from '@testing-library/react'
import { useNavigation } from '../../../src/renderer/src/navigation'
import { useAppStore } from '../../../src/renderer/src/store/app-store'
import { useFollowedTab } from '../../../src/renderer/src/use-followed-tab'
import type { NoticePage } from '../../../src/shared/contract/notices'
import { sampleAppState } from '../../support/app-state'

const tabs = ['status', 'profile', 'checklist', 'settings'] as const
const mainAsks = (page: NoticePage, seq: number) =>
  act(() =>
    useAppStore
      .getState()
      .receive({ ...sampleAppState(Date.now()), ui: { requestedPage: { page, seq } } }),
  )

describe('the followed tab', () => {
  it('follows the window’s own requests and main’s, whichever came last, each once', () => {
    const { result } = renderHook(() => useFollowedTab(tabs, 'status'))
    expect(result.current[0]).toBe('status')
    act(() => useNavigation.getState().go('profile', 'field:billing.postalCode'))
    expect(result.current[0]).toBe('profile')
    mainAsks('checklist', 1)
    expect(result.current[0]).toBe('checklist')
    act(() => result.current[1]('settings'))
    expect(result.current[0]).toBe('settings')
    // A later push repeating main's old request is not followed again.
    mainAsks('checklist', 1)
    expect(result.current[0]).toBe('settings')
    act(() => useNavigation.getState().go('profile'))
    expect(result.current[0]).toBe('profile')
    // A page this window has no tab for is ignored.
    mainAsks('history', 2)
    expect(result.current[0]).toBe('profile')
  })

  it('forgets a focus request once carried out, and only that one', () => {
    const nav = useNavigation.getState()
    nav.go('profile', 'field:card.bin')
    const first = useNavigation.getState().focus
    nav.go('checklist', 'step:vpn-region')
    nav.focused(first?.seq ?? -1)
    expect(useNavigation.getState().focus?.target).toBe('step:vpn-region')
    nav.focused(useNavigation.getState().focus?.seq ?? -1)
    expect(useNavigation.getState().focus).toBeNull()
  })
})
