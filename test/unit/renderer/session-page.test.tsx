import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../../../src/renderer/src/App'
import { initSubscriptions } from '../../../src/renderer/src/store/subscriptions'
import type { AppState } from '../../../src/shared/contract/app-state'
import { sampleAppState } from '../../support/app-state'
import { installBridge } from '../../support/renderer-bridge'
import { endTime } from '../../../src/shared/i18n/clock-time'
import { evaluate } from '../../../src/shared/verdict/evaluate'
import { exitOf, observationOf } from '../../support/observations'
import { usProfile } from '../../support/profiles'

function startApp(state: AppState) {
  const bridge = installBridge(state)
  const stop = initSubscriptions(bridge.api)
  render(<App />)
  return { ...bridge, stop }
}

describe('the Ready-to-pay and History pages', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('start a session on the self-check after a warning; the cool-down is the light, said once', async () => {
    const base = sampleAppState(Date.now())
    const until = new Date(Date.now() + 17 * 3_600_000 - 60_000).toISOString()
    const observation = observationOf(Date.now(), {
      merchant: exitOf('merchant', '104.28.41.17', 'US'),
    })
    const monitor = { ...base.monitor, observation }
    const verdict = evaluate(usProfile(), observation, {
      ...monitor,
      now: Date.now(),
      exitChangedAt: null,
      timeZone: null,
      cooldown: { until, declines: 3 },
    })
    const { main, stop } = startApp({
      ...base,
      monitor,
      verdict,
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
    const ends = endTime(until, Date.now(), 'zh')
    // The header and the next-step card say it; no bar repeats it.
    expect(await screen.findByText(`冷却中 · 等到 ${ends} 再试`)).toBeVisible()
    expect(screen.getByRole('img', { name: '冷却中：先别再试，等冷却结束' })).toBeVisible()
    expect(screen.getAllByText(/等到 .* 再试/)).toHaveLength(2)
    expect(screen.queryByText(/冷却中 · 还需等待/)).toBeNull()
    await userEvent.click(screen.getByRole('tab', { name: '准备付款' }))
    expect(await screen.findByRole('timer', { name: '被拒记录与冷却' })).toHaveTextContent(
      `等到 ${ends} 再试（还要 17 小时）`,
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
    expect(await screen.findByRole('region', { name: '第一步：付款前三项自检' })).toHaveTextContent(
      `灯不是绿的：等到 ${ends} 再试`,
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
    const precheck = await screen.findByRole('region', { name: '第一步：付款前三项自检' })
    expect(within(precheck).getByRole('status')).toHaveTextContent('灯不是绿的：IPv6 出口在中国')
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
    expect(await screen.findByText('最近 24 小时没有计入冷却的被拒记录')).toBeVisible()
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
      await screen.findByText('1 decline counted in the last 24 h; 3 mean a 24-hour pause'),
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
    expect(screen.getByRole('button', { name: '最近 24 小时' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await userEvent.click(screen.getByRole('button', { name: '最近 7 天' }))
    expect(main.getHistory).toHaveBeenLastCalledWith('7d')
    // The chosen range is the pressed one.
    expect(screen.getByRole('button', { name: '最近 7 天' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(screen.getByRole('button', { name: '最近 24 小时' })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
    expect(screen.getByText('这段时间没有记录')).toBeVisible()
    stop()
  })
})
