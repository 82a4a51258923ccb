import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../../../src/renderer/src/App'
import { initSubscriptions } from '../../../src/renderer/src/store/subscriptions'
import type { AppState } from '../../../src/shared/contract/app-state'
import { sampleAppState } from '../../support/app-state'
import { usProfile } from '../../support/profiles'
import { installBridge } from '../../support/renderer-bridge'

/** The window as main.tsx starts it: subscribed to a (fake) main, then rendered. */
function startApp(state: AppState) {
  const bridge = installBridge(state)
  const stop = initSubscriptions(bridge.api)
  render(<App />)
  return { ...bridge, stop }
}

describe('the status window', () => {
  it('shows the light, its headline and each exit with its country', async () => {
    const { stop } = startApp(sampleAppState(Date.now()))
    // No card profile yet, and the IPv6 exit is in China: red, the header short.
    expect(await screen.findByText('红灯 · IPv6 出口在中国')).toBeVisible()
    expect(screen.getByRole('banner')).not.toHaveTextContent('240e:3b7::1')
    const merchant = screen.getByRole('region', { name: '商户线路（OpenAI 看到的）' })
    expect(merchant).toHaveTextContent('104.28.41.17')
    expect(merchant).toHaveTextContent('美国 US')
    const v6 = screen.getByRole('region', { name: 'IPv6 出口' })
    expect(v6).toHaveTextContent('240e:3b7::1')
    expect(v6).toHaveTextContent('中国 CN')
    expect(v6).not.toHaveTextContent('美国 US')
    expect(screen.getByRole('banner')).toContainElement(
      screen.getByRole('img', { name: '红灯：现在付款很可能被拒' }),
    )
    expect(screen.getByRole('region', { name: '系统代理（按 PAC/规则）' })).toHaveTextContent(
      'chatgpt.com → PROXY 127.0.0.1:7890',
    )
    stop()
  })

  it('compares card, billing address and each exit against the billing country', async () => {
    const state = sampleAppState(Date.now())
    const { stop } = startApp({
      ...state,
      profiles: {
        ...state.profiles,
        book: { schema: 3, activeId: 'main', profiles: [usProfile()] },
      },
    })
    const table = await screen.findByRole('table', { name: '三方比较' })
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.children].map((cell) => cell.textContent))
    expect(rows).toEqual([
      ['发卡国家', '美国 US', '✓'],
      ['账单国家（基准）', '美国 US', ''],
      ['网络出口 · 商户', '美国 US', '✓'],
      ['网络出口 · IPv4', '美国 US', '✓'],
      ['网络出口 · IPv6', '中国 CN', '✗'],
    ])
    expect(within(table).getByLabelText('与账单国家不一致').closest('tr')).toHaveClass('bad')
    stop()
  })

  it('lists a failed source with its reason', async () => {
    const { stop } = startApp(sampleAppState(Date.now()))
    const row = (await screen.findByRole('rowheader', { name: 'ipify（IPv4）' })).closest('tr')
    expect(row).toHaveClass('failed')
    expect(row).toHaveTextContent('超时')
    stop()
  })

  it('updates live when main pushes a new state', async () => {
    const { push, stop } = startApp(sampleAppState(Date.now()))
    await screen.findByRole('region', { name: '商户线路（OpenAI 看到的）' })
    push(sampleAppState(Date.now(), 'en'))
    expect(
      screen.getByRole('region', { name: 'Merchant route (what OpenAI sees)' }),
    ).toHaveTextContent('United States US')
    expect(screen.queryByRole('region', { name: '商户线路（OpenAI 看到的）' })).toBeNull()
    stop()
  })

  it('asks main to check now, pause and switch language', async () => {
    const { main, stop } = startApp(sampleAppState(Date.now()))
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: '立即检查' }))
    expect(main.checkNow).toHaveBeenCalledTimes(1)
    await user.click(screen.getByRole('button', { name: '暂停' }))
    expect(main.setPaused).toHaveBeenCalledWith(true)
    expect(await screen.findByRole('button', { name: '恢复' })).toBeEnabled()
    await user.click(screen.getByRole('button', { name: 'English' }))
    expect(main.setLanguage).toHaveBeenCalledWith('en')
    expect(await screen.findByRole('button', { name: 'Check now' })).toBeEnabled()
    expect(screen.getByRole('tab', { name: 'Status' })).toHaveAttribute('aria-selected', 'true')
    stop()
  })

  it('shows "out of date" instead of current for old evidence', async () => {
    const { stop } = startApp(sampleAppState(Date.now() - 10 * 60_000))
    const badge = await screen.findByText('已过期')
    expect(badge).toHaveClass('freshness-stale')
    expect(screen.queryByText('最新')).toBeNull()
    expect(screen.getByText('10 分钟前检查')).toBeVisible()
    stop()
  })
})
