import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../../../src/renderer/src/App'
import { initSubscriptions } from '../../../src/renderer/src/store/subscriptions'
import type { AppState } from '../../../src/shared/contract/app-state'
import { sampleAppState } from '../../support/app-state'
import { installBridge } from '../../support/renderer-bridge'

function startApp(state: AppState) {
  const bridge = installBridge(state)
  const stop = initSubscriptions(bridge.api)
  render(<App />)
  return { ...bridge, stop }
}

describe('the Ready-to-pay and History pages', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('start a session on the self-check after a warning, and show the cool-down countdown above every page', async () => {
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
    // During a cool-down starting is not the primary action, and it asks first.
    const confirm = vi.fn(() => false)
    vi.stubGlobal('confirm', confirm)
    const start = screen.getByRole('button', { name: '开始准备付款' })
    expect(start).not.toHaveClass('primary')
    await userEvent.click(start)
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('还在冷却中'))
    expect(main.startSession).not.toHaveBeenCalled()
    confirm.mockReturnValue(true)
    await userEvent.click(start)
    expect(main.startSession).toHaveBeenCalledTimes(1)
    expect(await screen.findByRole('region', { name: '第一步：付款前三步自检' })).toHaveTextContent(
      '调整 VPN 与地区',
    )
    stop()
  })

  it('show why a self-check step is not passing, link to it, and ask before pinning off green', async () => {
    // No saved profile: the light is grey and the card steps are unknown.
    const { main, stop } = startApp(sampleAppState(Date.now()))
    const confirm = vi.fn(() => false)
    vi.stubGlobal('confirm', confirm)
    await userEvent.click(await screen.findByRole('tab', { name: '准备付款' }))
    await userEvent.click(screen.getByRole('button', { name: '开始准备付款' }))
    const precheck = await screen.findByRole('region', { name: '第一步：付款前三步自检' })
    expect(within(precheck).getByRole('status')).toHaveTextContent(
      '灯不是绿的，现在付款很可能被拒：尚未填写卡片资料，无法比较',
    )
    const begin = within(precheck).getByRole('button', { name: '自检完成，固定出口并开始监视' })
    expect(begin).not.toHaveClass('primary')
    await userEvent.click(begin)
    expect(confirm).toHaveBeenCalledWith('灯不是绿的，自检没有全部通过。仍然固定出口并开始监视？')
    expect(main.beginSession).not.toHaveBeenCalled()
    confirm.mockReturnValue(true)
    await userEvent.click(begin)
    expect(main.beginSession).toHaveBeenCalledTimes(1)
    await userEvent.click(within(precheck).getByRole('button', { name: /：核对账单地址$/ }))
    expect(await screen.findByRole('tab', { name: '排查清单', selected: true })).toBeVisible()
    stop()
  })

  it('say how many declines counted in the policy window, in both languages', async () => {
    const base = sampleAppState(Date.now())
    const { stop } = startApp(base)
    await userEvent.click(await screen.findByRole('tab', { name: '准备付款' }))
    expect(
      await screen.findByText('没有冷却：最近 24 小时被拒 0 次（满 3 次进入冷却）'),
    ).toBeVisible()
    stop()
  })

  it('say one decline in the singular in English', async () => {
    const base = sampleAppState(Date.now())
    const { stop } = startApp({
      ...base,
      lang: 'en',
      declines: { ...base.declines, cooldown: { kind: 'none', recent: 1 } },
    })
    await userEvent.click(await screen.findByRole('tab', { name: 'Ready to pay' }))
    expect(
      await screen.findByText(
        'No cool-down: 1 decline counted in the last 24 h (3 start a cool-down)',
      ),
    ).toBeVisible()
    stop()
  })

  it('keep the answer to a logged decline in the language shown', async () => {
    const { stop } = startApp(sampleAppState(Date.now()))
    await userEvent.click(await screen.findByRole('tab', { name: '准备付款' }))
    await userEvent.type(screen.getByLabelText('被拒提示（原文，不要包含卡号）'), 'do_not_honor')
    await userEvent.click(screen.getByRole('button', { name: '记录被拒' }))
    expect(await screen.findByText('已记录，计入冷却')).toBeVisible()
    await userEvent.click(screen.getByRole('button', { name: 'English' }))
    expect(await screen.findByText('Logged; it counts toward the cool-down')).toBeVisible()
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
