import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../../../src/renderer/src/App'
import { initSubscriptions } from '../../../src/renderer/src/store/subscriptions'
import type { AppState } from '../../../src/shared/contract/app-state'
import type { Observation } from '../../../src/shared/monitor/observation'
import type { CardProfile } from '../../../src/shared/profile/schema'
import { evaluate } from '../../../src/shared/verdict/evaluate'
import { sampleAppState } from '../../support/app-state'
import { exitOf, observationOf } from '../../support/observations'
import { usProfile } from '../../support/profiles'
import { installBridge } from '../../support/renderer-bridge'
import { sighting } from '../../support/sightings'

/** The sample state with a profile and an observation, its verdict computed by the real rules. */
function stateFor(
  profile: CardProfile | null,
  options: { observation?: Observation; failedAfterMs?: number } = {},
): AppState {
  const now = Date.now()
  const base = sampleAppState(now)
  const observation = options.observation ?? base.monitor.observation
  const lastAttempt =
    options.failedAfterMs === undefined
      ? base.monitor.lastAttempt
      : {
          at: new Date(now + options.failedAfterMs).toISOString(),
          ok: false,
          trigger: 'interval' as const,
          failures: [sighting('chatgpt', 'merchant', null, null)],
        }
  const monitor = { ...base.monitor, observation, lastAttempt }
  const at = now + (options.failedAfterMs ?? 0)
  return {
    ...base,
    monitor,
    verdict: evaluate(profile, observation, {
      ...monitor,
      now: at,
      exitChangedAt: null,
      timeZone: null,
    }),
    profiles: {
      ...base.profiles,
      book: profile ? { schema: 3, activeId: profile.id, profiles: [profile] } : base.profiles.book,
    },
  }
}

function startApp(state: AppState) {
  const bridge = installBridge(state)
  const stop = initSubscriptions(bridge.api)
  render(<App />)
  return { ...bridge, stop }
}

const nextCard = () => screen.findByRole('region', { name: '下一步' })
// The sample's IPv6 exit is in China; without it a US profile is green.
const usOnly = (at = Date.now()) =>
  observationOf(at, { merchant: exitOf('merchant', '104.28.41.17', 'US') })

describe('the next step card', () => {
  it('comes first and takes the user to the profile field that fixes it, focused', async () => {
    const { stop } = startApp(
      stateFor(usProfile({ billing: { postalCode: '10001' } }), { observation: usOnly() }),
    )
    const card = await nextCard()
    expect(screen.getByRole('main').firstElementChild).toBe(card)
    expect(card).toHaveTextContent('邮编 10001 属于 NY，不是 CA')
    await userEvent.click(within(card).getByRole('button', { name: '去填写：邮编' }))
    expect(await screen.findByRole('tab', { name: '卡片资料', selected: true })).toBeVisible()
    const postal = await screen.findByLabelText('邮编 / ZIP')
    await waitFor(() => expect(postal).toHaveFocus())
    stop()
  })

  it('takes the user to the checklist step for a network problem', async () => {
    const { stop, main } = startApp(stateFor(usProfile()))
    const card = await nextCard()
    expect(card).toHaveTextContent(
      'IPv6 出口在中国（240e:3b7::1），OpenAI（ChatGPT / API）不在该地区提供服务',
    )
    // The same IPv6 exit is not listed again under "其他需要留意的" as an IPv6/billing mismatch.
    expect(screen.queryByText(/IPv6 出口在中国，与账单国家/)).toBeNull()
    // The leak says how to close it and does not overclaim; a new check shows whether it worked.
    expect(card).toHaveTextContent('很可能被拒')
    expect(card).toHaveTextContent('让代理客户端接管 IPv6')
    expect(card).toHaveTextContent('在浏览器（系统）里关闭 IPv6')
    expect(card).not.toHaveTextContent('付款无法成功')
    await userEvent.click(within(card).getByRole('button', { name: '重新检查' }))
    expect(main.checkNow).toHaveBeenCalledTimes(1)
    await userEvent.click(within(card).getByRole('button', { name: '去第 6 步：调整 VPN 与地区' }))
    const step = await screen.findByRole('listitem', { name: '调整 VPN 与地区' })
    await waitFor(() => expect(step).toHaveFocus())
    stop()
  })

  it('shows the four capabilities as one finding with a tick each', async () => {
    const profile = usProfile({
      capabilities: { usd: true, international: false, recurring: false, headroom: false },
    })
    const { stop } = startApp(stateFor(profile, { observation: usOnly() }))
    const card = await nextCard()
    const ticks = within(card).getByRole('list', { name: '已向发卡行确认的项目' })
    expect(
      within(ticks)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '✓ 已开通美元支付',
      '☐ 已开通境外/国际在线支付',
      '☐ 允许订阅/自动扣费',
      '☐ 卡内至少留有 $5 余量',
    ])
    expect(within(ticks).getAllByRole('img', { name: '未确认' })).toHaveLength(3)
    expect(document.querySelectorAll('[data-finding^="capabilit"]')).toHaveLength(1)
    stop()
  })

  it('after the exit is fixed, counts down to green with no button back to the VPN step', async () => {
    const state = stateFor(usProfile(), { observation: usOnly() })
    const now = Date.now()
    const verdict = evaluate(usProfile(), state.monitor.observation, {
      ...state.monitor,
      now,
      exitChangedAt: new Date(now - 60_000).toISOString(),
      timeZone: null,
    })
    const { stop } = startApp({ ...state, verdict })
    const card = await nextCard()
    expect(within(card).getByRole('timer')).toHaveTextContent(/^已切到美国 ✓ 保持不动，约 9 分钟后/)
    expect(within(card).queryByRole('button', { name: /调整 VPN 与地区/ })).toBeNull()
    stop()
  })

  it('on green says what to do, promises nothing, and offers the browser’s own exit check', async () => {
    const { stop, main } = startApp(stateFor(usProfile(), { observation: usOnly() }))
    const card = await nextCard()
    expect(card).toHaveTextContent('保持这个出口，不要切换节点，现在付款。')
    expect(card).toHaveTextContent('最终能否扣款成功仍由发卡行和商户决定')
    // The checks follow the system proxy; the browser may not: one line, one button, what to compare.
    expect(card).toHaveTextContent('浏览器扩展（如 SwitchyOmega）或另一个浏览器可能走别的出口')
    expect(card).toHaveTextContent('应为 ip=104.28.41.17、loc=US')
    const buttons = within(card).getAllByRole('button')
    expect(buttons.map((b) => b.textContent)).toEqual(['在浏览器里核对'])
    await userEvent.click(buttons[0]!)
    expect(main.openLink).toHaveBeenCalledWith('https://chatgpt.com/cdn-cgi/trace')
    stop()
  })
})

describe('evidence that is no longer current', () => {
  it('is dimmed, dated, and carries no agreement and no ✓', async () => {
    const state = stateFor(usProfile(), { observation: usOnly(), failedAfterMs: 30_000 })
    const checkedAt = new Date(state.monitor.observation!.checkedAt)
    const hhmm = `${String(checkedAt.getHours()).padStart(2, '0')}:${String(checkedAt.getMinutes()).padStart(2, '0')}`
    const { stop } = startApp(state)
    const old = await screen.findByRole('region', { name: `${hhmm} 的结果，不是当前的` })
    expect(old).toHaveClass('stale-evidence')
    expect(
      within(old).getByRole('region', { name: '商户线路（OpenAI 看到的）' }),
    ).toHaveTextContent('104.28.41.17')
    expect(old).not.toHaveTextContent('来源一致')
    const rows = within(screen.getByRole('table', { name: '三方比较' })).getAllByRole('row')
    const network = rows.filter((r) => r.textContent?.startsWith('网络出口'))
    expect(network.map((r) => r.lastElementChild?.textContent)).toEqual([
      '不是当前的结果',
      '不是当前的结果',
    ])
    expect(network.every((r) => r.classList.contains('stale'))).toBe(true)
    expect((await nextCard()).textContent).toContain('上次检查失败')
    stop()
  })

  it('is shown plainly, with its agreement, while it is current', async () => {
    const { stop } = startApp(stateFor(usProfile(), { observation: usOnly() }))
    const merchant = await screen.findByRole('region', { name: '商户线路（OpenAI 看到的）' })
    expect(merchant).toHaveTextContent('2/2 个来源一致')
    expect(merchant).not.toHaveTextContent('来源一致 · 来源一致')
    expect(screen.queryByText(/不是当前的/)).toBeNull()
    stop()
  })
})

describe('the technical detail', () => {
  it('is folded behind a disclosure that opens on click', async () => {
    const { stop } = startApp(sampleAppState(Date.now()))
    const summary = await screen.findByText('技术细节：各来源、代理规则、耗时')
    const details = summary.closest('details')
    expect(details).not.toBeNull()
    expect(details).not.toHaveAttribute('open')
    expect(details).toContainElement(screen.getByRole('table', { name: '各来源结果' }))
    expect(details).toContainElement(screen.getByText('chatgpt.com'))
    await userEvent.click(summary)
    expect(details).toHaveAttribute('open')
    stop()
  })

  it('says a missing IPv6 route calmly, without the raw error', async () => {
    const noV6 = {
      ...sighting('cf-v6', 'trace', null, null, 'v6'),
      failure: { code: 'unreachable' as const, detail: 'fetch failed: connect: ENETUNREACH' },
    }
    const observation = observationOf(
      Date.now(),
      { merchant: exitOf('merchant', '104.28.41.17', 'US') },
      { sightings: [sighting('chatgpt', 'merchant', '104.28.41.17', 'US'), noV6] },
    )
    const { stop } = startApp(stateFor(usProfile(), { observation }))
    const row = (await screen.findByRole('rowheader', { name: 'Cloudflare（IPv6）' })).closest('tr')
    expect(row).toHaveTextContent('没有 IPv6 线路（正常）')
    expect(row).not.toHaveTextContent('UND_ERR_SOCKET')
    expect(row).not.toHaveClass('failed')
    expect(screen.getByRole('region', { name: 'IPv6 出口' })).toHaveTextContent(
      '没有 IPv6 线路：这很常见',
    )
    stop()
  })
})
