import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../../../src/renderer/src/App'
import { initSubscriptions } from '../../../src/renderer/src/store/subscriptions'
import type { AppState } from '../../../src/shared/app-state'
import { sampleAppState } from '../../support/app-state'
import { installBridge } from '../../support/renderer-bridge'

function startApp(state: AppState) {
  const bridge = installBridge(state)
  const stop = initSubscriptions(bridge.api)
  render(<App />)
  return { ...bridge, stop }
}

describe('the Ready-to-pay and History pages', () => {
  it('start a session on the self-check, and show the cool-down countdown above every page', async () => {
    const base = sampleAppState(Date.now())
    const until = new Date(Date.now() + 17 * 3_600_000 - 60_000).toISOString()
    const { main, stop } = startApp({
      ...base,
      declines: {
        ...base.declines,
        cooldown: {
          kind: 'active',
          until,
          remainingMs: 17 * 3_600_000 - 60_000,
          count: 3,
          lastAt: until,
        },
      },
    })
    expect(await screen.findByText('冷却中 · 还需等待 17 小时')).toBeVisible()
    await userEvent.click(screen.getByRole('tab', { name: '准备付款' }))
    expect(await screen.findByRole('timer', { name: '被拒记录与冷却' })).toHaveTextContent(
      '还需等待 17 小时',
    )
    await userEvent.click(screen.getByRole('button', { name: '开始准备付款' }))
    expect(main.startSession).toHaveBeenCalledTimes(1)
    expect(await screen.findByRole('region', { name: '第一步：付款前三步自检' })).toHaveTextContent(
      '调整 VPN 与地区',
    )
    stop()
  })

  it('draw the history chart from the range main computes', async () => {
    const { main, stop } = startApp(sampleAppState(Date.now()))
    await userEvent.click(await screen.findByRole('tab', { name: '历史' }))
    expect(await screen.findByRole('img', { name: '商户线路国家与灯色随时间变化' })).toBeVisible()
    await userEvent.click(screen.getByRole('button', { name: '最近 7 天' }))
    expect(main.getHistory).toHaveBeenLastCalledWith('7d')
    expect(screen.getByText('这段时间没有记录')).toBeVisible()
    stop()
  })
})
