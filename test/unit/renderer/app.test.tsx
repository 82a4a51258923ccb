import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../../../src/renderer/src/App'
import { useAppStore } from '../../../src/renderer/src/store/app-store'
import { initSubscriptions } from '../../../src/renderer/src/store/subscriptions'
import type { AppState } from '../../../src/shared/app-state'
import { sampleAppState } from '../../support/app-state'

// Like main: a change is pushed (with a newer revision), then the call is acknowledged.
function installApi(initial: AppState) {
  let listener: ((s: AppState) => void) | null = null
  let current = initial
  const change = (next: Partial<AppState>) => {
    current = { ...current, ...next, revision: current.revision + 1 }
    act(() => listener?.(current))
    return { ok: true as const }
  }
  const api = {
    getState: vi.fn(async () => initial),
    checkNow: vi.fn(async () => change({})),
    setPaused: vi.fn(async (paused: boolean) =>
      change({ monitor: { ...current.monitor, paused } }),
    ),
    setLanguage: vi.fn(async (language: string) =>
      change({ lang: language === 'en' ? 'en' : 'zh' }),
    ),
    openLink: vi.fn(async () => ({ ok: true })),
    onState: vi.fn((l: (s: AppState) => void) => {
      listener = l
      return () => (listener = null)
    }),
  }
  Object.defineProperty(window, 'paylight', { value: api, configurable: true })
  return { api, push: (s: AppState) => act(() => listener?.(s)) }
}

describe('the status window', () => {
  beforeEach(() => useAppStore.getState().reset())

  it('shows the light, its reason and each exit with its country', async () => {
    const { api } = installApi(sampleAppState(Date.now()))
    const cleanup = initSubscriptions(api)
    render(<App />)
    expect(await screen.findByText('灰灯：情况未知 — 尚未填写卡片资料，无法比较')).toBeTruthy()
    const merchant = screen.getByRole('region', { name: '商户线路（OpenAI 看到的）' })
    expect(within(merchant).getByText('104.28.41.17')).toBeTruthy()
    expect(within(merchant).getByText('美国 US')).toBeTruthy()
    const v6 = screen.getByRole('region', { name: 'IPv6 出口' })
    expect(within(v6).getByText('中国 CN')).toBeTruthy()
    expect(screen.getByRole('img', { name: '灰灯：情况未知' })).toBeTruthy()
    expect(screen.getByText('PROXY 127.0.0.1:7890')).toBeTruthy()
    cleanup()
  })

  it('lists a failed source with its reason', async () => {
    const { api } = installApi(sampleAppState(Date.now()))
    const cleanup = initSubscriptions(api)
    render(<App />)
    const row = (await screen.findByRole('rowheader', { name: 'ipify' })).closest('tr')
    expect(row?.textContent).toContain('超时')
    cleanup()
  })

  it('updates live when main pushes a new state', async () => {
    const first = sampleAppState(Date.now())
    const { api, push } = installApi(first)
    const cleanup = initSubscriptions(api)
    render(<App />)
    await screen.findByRole('region', { name: '商户线路（OpenAI 看到的）' })
    push(sampleAppState(Date.now(), 'en'))
    expect(
      await screen.findByRole('region', { name: 'Merchant route (what OpenAI sees)' }),
    ).toBeTruthy()
    cleanup()
  })

  it('asks main to check now, pause and switch language', async () => {
    const { api } = installApi(sampleAppState(Date.now()))
    const cleanup = initSubscriptions(api)
    render(<App />)
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: '立即检查' }))
    expect(api.checkNow).toHaveBeenCalledTimes(1)
    await user.click(screen.getByRole('button', { name: '暂停' }))
    expect(api.setPaused).toHaveBeenCalledWith(true)
    expect(await screen.findByRole('button', { name: '恢复' })).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'English' }))
    expect(api.setLanguage).toHaveBeenCalledWith('en')
    expect(await screen.findByRole('button', { name: 'Check now' })).toBeTruthy()
    cleanup()
  })

  it('shows "out of date" instead of current for old evidence', async () => {
    const { api } = installApi(sampleAppState(Date.now() - 10 * 60_000))
    const cleanup = initSubscriptions(api)
    render(<App />)
    expect(await screen.findByText('已过期')).toBeTruthy()
    cleanup()
  })
})
