import { act, render, screen } from '@testing-library/react'
import type * as ExitCardModule from '../../../src/renderer/src/components/ExitCard'
import { StatusPage } from '../../../src/renderer/src/pages/StatusPage'
import { useAppStore } from '../../../src/renderer/src/store/app-store'
import { sampleAppState } from '../../support/app-state'

// Counts renders of the exit cards: StatusPage renders them unmemoised, so every StatusPage render
// renders them again, and nothing but a StatusPage render does.
const renders = vi.hoisted(() => ({ exitCards: 0 }))
vi.mock('../../../src/renderer/src/components/ExitCard', async (importOriginal) => {
  const original = await importOriginal<typeof ExitCardModule>()
  return {
    ExitCard: (props: Parameters<typeof original.ExitCard>[0]) => {
      renders.exitCards += 1
      return original.ExitCard(props)
    },
  }
})

const t0 = Date.parse('2026-11-25T10:00:00Z')

describe('the status page clock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: t0 + 15_000 })
    renders.exitCards = 0
  })
  afterEach(() => vi.useRealTimers())

  it('ticks the age every second without re-rendering the page around it', () => {
    useAppStore.getState().receive(sampleAppState(t0))
    render(<StatusPage />)
    expect(screen.getByText('15 秒前检查')).toBeVisible()
    const afterFirstRender = renders.exitCards
    expect(afterFirstRender).toBe(3)

    act(() => vi.advanceTimersByTime(3_000))

    expect(screen.getByText('18 秒前检查')).toBeVisible()
    expect(renders.exitCards).toBe(afterFirstRender)
  })

  it('turns the evidence out of date on screen as it ages, with no new state from main', () => {
    const state = sampleAppState(t0)
    useAppStore.getState().receive(state)
    render(<StatusPage />)
    expect(screen.getByText('最新')).toHaveClass('freshness-fresh')

    act(() => vi.advanceTimersByTime(2 * state.monitor.intervalMs))

    expect(screen.getByText('已过期')).toHaveClass('freshness-stale')
    expect(renders.exitCards).toBe(3)
  })

  it('does re-render the page when main pushes a new state, so the counter can see renders', () => {
    useAppStore.getState().receive(sampleAppState(t0))
    render(<StatusPage />)
    const before = renders.exitCards

    act(() => useAppStore.getState().receive(sampleAppState(t0 + 1_000)))

    expect(renders.exitCards).toBe(before + 3)
    expect(screen.getByText('14 秒前检查')).toBeVisible()
  })

  it('says "刚刚检查" right after a check, never "0 秒前检查"', () => {
    useAppStore.getState().receive(sampleAppState(t0 + 15_000))
    render(<StatusPage />)
    expect(screen.getByText('刚刚检查')).toBeVisible()
    expect(screen.queryByText(/^0 秒前检查/)).toBeNull()
  })
})
