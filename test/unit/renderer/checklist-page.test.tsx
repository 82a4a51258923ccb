import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../../../src/renderer/src/App'
import { StepButton } from '../../../src/renderer/src/guide/StepButton'
import { openStep } from '../../../src/renderer/src/guide/step-navigation'
import { initSubscriptions } from '../../../src/renderer/src/store/subscriptions'
import type { AppState } from '../../../src/shared/contract/app-state'
import { stepOfFinding } from '../../../src/shared/checklist/finding-steps'
import { sampleAppState } from '../../support/app-state'
import { usProfile } from '../../support/profiles'
import { installBridge } from '../../support/renderer-bridge'
// The window loads this page lazily; loaded up front so its first use is not a test's cost.
import '../../../src/renderer/src/pages/ChecklistPage'

async function openChecklist(state: AppState) {
  const bridge = installBridge(state)
  const stop = initSubscriptions(bridge.api)
  render(<App />)
  const user = userEvent.setup()
  await user.click(await screen.findByRole('tab', { name: '排查清单' }))
  await screen.findByRole('listitem', { name: '填写卡片资料' })
  return { user, stop, main: bridge.main }
}

const withProfile = (state: AppState): AppState => ({
  ...state,
  profiles: { ...state.profiles, book: { schema: 3, activeId: 'main', profiles: [usProfile()] } },
})

const stepItems = () =>
  screen.getAllByRole('listitem').filter((item) => item.classList.contains('step'))

describe('the checklist page', () => {
  it('numbers the steps 1…N for the user, without the source guide’s section numbers', async () => {
    const { stop } = await openChecklist(sampleAppState(Date.now()))
    const headings = stepItems().map((item) => within(item).getByRole('heading').textContent ?? '')
    expect(headings).toHaveLength(9)
    headings.forEach((text, i) => expect(text).toMatch(new RegExp(`^第 ${i + 1} 步`)))
    expect(headings.join()).not.toMatch(/\b3\.\d|\b9\./)
    stop()
  })

  it('shows the live evidence of every automatic step', async () => {
    const { stop } = await openChecklist(withProfile(sampleAppState(Date.now())))
    const evidence = (name: string) =>
      within(screen.getByRole('listitem', { name })).getByRole('list', { name: '实时结果' })
    expect(evidence('填写卡片资料')).toHaveTextContent('BIN 411111')
    expect(evidence('确认能看到网络出口')).toHaveTextContent('104.28.41.17')
    expect(evidence('用对卡：信用卡或借记卡')).toHaveTextContent('卡类型：信用卡')
    expect(evidence('检查卡片状态')).toHaveTextContent('有效期：12/2030')
    expect(evidence('核对账单地址')).toHaveTextContent('邮编 90210')
    expect(evidence('调整 VPN 与地区')).toHaveTextContent(
      '网络出口 · IPv6：中国（与账单国家不一致）',
    )
    expect(evidence('付款前三项自检')).toHaveTextContent('现在：红灯 · IPv6 出口在中国')
    stop()
  })

  it('keeps ticks on the manual steps in main, with their time, per attempt', async () => {
    const { user, stop, main } = await openChecklist(sampleAppState(Date.now()))
    const attempt = screen.getByRole('region', { name: '本次付款尝试' })
    expect(attempt).toHaveTextContent('勾选任意一步时开始记录本次尝试')
    expect(within(attempt).getByRole('button', { name: '开始新的尝试' })).toBeDisabled()
    const tick = screen.getByRole('checkbox', { name: '清除网站数据后重新添加卡片' })
    await user.click(tick)
    expect(main.tickStep).toHaveBeenLastCalledWith({ step: 'clear-cache', done: true })
    expect(tick).toBeChecked()
    // The tick time follows the title, so the title reads first.
    expect(tick.closest('h3')).toHaveTextContent(
      /清除网站数据后重新添加卡片 · 需手动完成 · \S+ \S+ 勾选$/,
    )
    expect(attempt).toHaveTextContent('本次尝试从')
    await user.click(tick)
    expect(tick).not.toBeChecked()
    await user.click(tick)
    vi.stubGlobal('confirm', () => true)
    await user.click(within(attempt).getByRole('button', { name: '开始新的尝试' }))
    expect(main.newAttempt).toHaveBeenCalledWith(true)
    expect(tick).not.toBeChecked()
    vi.unstubAllGlobals()
    stop()
  })

  it('opens at a step asked for from anywhere in the window, once', async () => {
    const { user, stop } = await openChecklist(sampleAppState(Date.now()))
    await user.click(screen.getByRole('tab', { name: '状态' }))
    act(() => openStep('wait-risk'))
    expect(await screen.findByRole('tab', { name: '排查清单', selected: true })).toBeVisible()
    expect(await screen.findByRole('listitem', { name: '多次被拒后等待风控恢复' })).toHaveFocus()
    // Coming back later does not jump to the old request again.
    await user.click(screen.getByRole('tab', { name: '状态' }))
    await user.click(screen.getByRole('tab', { name: '排查清单' }))
    expect(
      await screen.findByRole('listitem', { name: '多次被拒后等待风控恢复' }),
    ).not.toHaveFocus()
    stop()
  })

  it('opens from a finding’s fix: the finding’s step, numbered as in the checklist', async () => {
    const bridge = installBridge(sampleAppState(Date.now()))
    const stop = initSubscriptions(bridge.api)
    render(
      <>
        <App />
        <StepButton step={stepOfFinding('card-prepaid')} />
      </>,
    )
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: '第 3 步：用对卡：信用卡或借记卡' }))
    expect(await screen.findByRole('tab', { name: '排查清单', selected: true })).toBeVisible()
    expect(await screen.findByRole('listitem', { name: '用对卡：信用卡或借记卡' })).toHaveFocus()
    stop()
  })
})
