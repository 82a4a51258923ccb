import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../../../src/renderer/src/App'
import type { LogDeclineActionProps } from '../../../src/renderer/src/guide/DeclineAnswer'
import { DeclineLookup } from '../../../src/renderer/src/guide/DeclineLookup'
import { initSubscriptions } from '../../../src/renderer/src/store/subscriptions'
import type { AppState } from '../../../src/shared/contract/app-state'
import { sampleAppState } from '../../support/app-state'
import { usProfile } from '../../support/profiles'
import { installBridge } from '../../support/renderer-bridge'
// The window loads these pages lazily; loaded up front so their first use is not a test's cost.
import '../../../src/renderer/src/pages/GuidePage'
import '../../../src/renderer/src/pages/ChecklistPage'

function withProfile(state: AppState): AppState {
  return {
    ...state,
    profiles: { ...state.profiles, book: { schema: 3, activeId: 'main', profiles: [usProfile()] } },
  }
}

async function openGuide(state: AppState = sampleAppState(Date.now())) {
  const bridge = installBridge(state)
  const stop = initSubscriptions(bridge.api)
  render(<App />)
  const user = userEvent.setup()
  await user.click(
    await screen.findByRole('tab', { name: state.lang === 'zh' ? '指南与查错' : 'Guide & errors' }),
  )
  const box = await screen.findByRole('textbox', {
    name:
      state.lang === 'zh'
        ? '粘贴付款页面上的错误提示'
        : 'Paste the error shown on the payment page',
  })
  return { ...bridge, stop, user, box }
}

describe('the error look-up in the window', () => {
  it('explains a pasted Chinese message: cause, what to do, what not to do', async () => {
    const { user, box, stop } = await openGuide()
    await user.type(box, '您的卡被拒绝了。')
    const results = await screen.findByRole('region', { name: '可能的解释' })
    const answer = within(results).getByRole('article', { name: '卡被拒绝（原因未说明）' })
    expect(within(answer).getByText(/发卡行或支付处理方的风控拒绝了这笔交易/)).toBeVisible()
    expect(within(answer).getByRole('region', { name: '现在该做什么' })).toHaveTextContent(
      '打电话给发卡行',
    )
    expect(within(answer).getByRole('region', { name: '不要做' })).toHaveTextContent('不要马上重试')
    stop()
  })

  it('leads its answer with what this machine shows now', async () => {
    // The sample: no profile, the IPv6 exit in China: red.
    const { user, box, stop } = await openGuide()
    await user.type(box, 'Your card was declined.')
    const results = await screen.findByRole('region', { name: '可能的解释' })
    expect(results.firstElementChild).toHaveTextContent(
      '本机现在：红灯 — IPv6 出口在中国，很可能就是原因',
    )
    stop()
  })

  it('leads its answer with what this machine shows now, in English too', async () => {
    const en = await openGuide(sampleAppState(Date.now(), 'en'))
    await en.user.type(en.box, '您的卡被拒绝了。')
    const answer = await screen.findByRole('region', { name: 'Possible meanings' })
    expect(answer.firstElementChild).toHaveTextContent(
      'This machine now: red — IPv6 exit in China, very likely the cause',
    )
    en.stop()
  })

  it('logs the decline from its answer, and says whether it counts toward the cool-down', async () => {
    const { user, box, stop, main } = await openGuide()
    await user.type(box, '您的卡被拒绝了。')
    const results = await screen.findByRole('region', { name: '可能的解释' })
    const answer = within(results).getByRole('article', { name: '卡被拒绝（原因未说明）' })
    await user.click(within(answer).getByRole('button', { name: /记下这次被拒/ }))
    expect(main.logDecline).toHaveBeenCalledWith({ message: '您的卡被拒绝了。' })
    expect(within(answer).getByRole('status')).toHaveTextContent('已记录，计入冷却')
    expect(within(answer).getByRole('button', { name: /记下这次被拒/ })).toBeDisabled()
    stop()
  })

  it('reads partial English in any case, and the decline code alone', async () => {
    const { user, box, stop } = await openGuide(sampleAppState(Date.now(), 'en'))
    await user.type(box, 'ZIP CODE YOU SUPPLIED failed')
    const results = await screen.findByRole('region', { name: 'Possible meanings' })
    expect(
      await within(results).findByRole('heading', { name: /^Postal code does not match/ }),
    ).toBeVisible()
    await user.clear(box)
    await user.type(box, 'card_velocity_exceeded')
    expect(await screen.findByRole('heading', { name: /^Too many attempts/ })).toBeVisible()
    stop()
  })

  it('says so when it recognises nothing', async () => {
    const { user, box, stop } = await openGuide()
    await user.type(box, '付款成功')
    expect(await screen.findByText(/没有认出这条提示/)).toBeVisible()
    stop()
  })

  it('opens the checklist at the step that fixes it, focused', async () => {
    const { user, box, stop } = await openGuide()
    await user.type(box, '您的邮政编码不正确')
    const answer = await screen.findByRole('article', { name: '邮编与记录不符' })
    const steps = within(answer).getByRole('navigation', { name: '对应的清单步骤' })
    await user.click(within(steps).getByRole('button', { name: '第 5 步：核对账单地址' }))
    expect(await screen.findByRole('tab', { name: '排查清单', selected: true })).toBeVisible()
    const step = await screen.findByRole('listitem', { name: '核对账单地址' })
    expect(step).toHaveFocus()
    expect(step).toHaveTextContent('第 5 步')
    stop()
  })

  it('opens the merchant’s help page through main’s link opener', async () => {
    const { user, box, main, stop } = await openGuide()
    await user.type(box, 'OpenAI 的服务在您所在的国家/地区不可用')
    const answer = await screen.findByRole('article', { name: '所在地区不受支持' })
    await user.click(within(answer).getByRole('link', { name: 'OpenAI：ChatGPT 支持的国家和地区' }))
    expect(main.openLink).toHaveBeenCalledWith(
      'https://help.openai.com/en/articles/7947663-chatgpt-supported-countries',
    )
    main.openLink.mockResolvedValueOnce({ ok: false })
    await user.click(within(answer).getByRole('link', { name: 'OpenAI：ChatGPT 支持的国家和地区' }))
    expect(await within(answer).findByRole('alert')).toHaveTextContent('这个链接打不开')
    stop()
  })
})

describe('the "log this decline" slot', () => {
  it('shows the attached control with each answer and the paste, card-like digits masked', async () => {
    installBridge(sampleAppState(Date.now()))
    const seen: LogDeclineActionProps[] = []
    const LogAction = (props: LogDeclineActionProps) => {
      seen.push(props)
      return <button type="button">log {props.match.id}</button>
    }
    render(<DeclineLookup LogAction={LogAction} />)
    const user = userEvent.setup()
    await user.type(
      screen.getByRole('textbox'),
      'Your card number 4242 4242 4242 4242 is incorrect',
    )
    expect(await screen.findByRole('button', { name: 'log incorrect-number' })).toBeVisible()
    expect(seen.at(-1)?.pasted).toBe('Your card number ••• is incorrect')
  })
})

describe('the guide in the window', () => {
  it('renders every section from its typed data', async () => {
    const { stop } = await openGuide()
    for (const title of [
      '各类卡片对比',
      '常见错误与对应办法',
      '使用虚拟卡',
      '确认卡片已绑定',
      '风控是怎么判断的',
      '多次失败后的恢复',
      '让付款保持稳定',
      '常见问题',
    ])
      expect(screen.getByRole('heading', { level: 2, name: title })).toBeVisible()
    const table = screen.getByRole('table', { name: '各类卡片对比' })
    const prepaid = within(table).getByRole('row', { name: /^预付卡/ })
    expect(within(prepaid).getAllByRole('cell')[0]).toHaveTextContent('不可以')
    const faq = screen.getByRole('region', { name: '常见问题' })
    expect(within(faq).getAllByRole('term')).toHaveLength(5)
    expect(faq).not.toHaveTextContent('他人')
    stop()
  })

  it('puts the live three-way comparison beside how the risk check reasons', async () => {
    const { stop } = await openGuide(withProfile(sampleAppState(Date.now())))
    const risk = screen.getByRole('region', { name: '风控是怎么判断的' })
    const table = within(risk).getByRole('table', { name: '三方比较' })
    expect(within(table).getByRole('row', { name: /IPv6/ })).toHaveTextContent('中国 CN')
    stop()
  })

  it('says what the comparison needs when there is no card profile', async () => {
    const { stop } = await openGuide()
    const risk = screen.getByRole('region', { name: '风控是怎么判断的' })
    expect(within(risk).queryByRole('table')).toBeNull()
    expect(risk).toHaveTextContent('填写卡片资料后，这里会显示三件事的实时比较。')
    stop()
  })
})
