import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../../../src/renderer/src/App'
import { initSubscriptions } from '../../../src/renderer/src/store/subscriptions'
import type { AppState } from '../../../src/shared/contract/app-state'
import type { NoticeRecord } from '../../../src/shared/contract/notices'
import type { SessionAlert } from '../../../src/shared/session/session-types'
import { sampleAppState } from '../../support/app-state'
import { installBridge } from '../../support/renderer-bridge'

const moved: SessionAlert = {
  kind: 'exit',
  route: 'merchant',
  from: { ip: '104.28.41.17', country: 'US' },
  to: { ip: '1.2.3.4', country: 'JP' },
  countryChanged: true,
} as SessionAlert

/** The urgent notice as main raises it, not shown by the system (no notification daemon). */
const undelivered = (
  page: NoticeRecord['page'],
  title: string,
  topic?: NoticeRecord['topic'],
): NoticeRecord => ({
  id: `n-${page}-${topic ?? 'plain'}`,
  title: { zh: title, en: title },
  body: { zh: '商户路线 104.28.41.17 美国 → 1.2.3.4 日本', en: 'Merchant 104.28.41.17 → 1.2.3.4' },
  page,
  at: new Date().toISOString(),
  delivered: false,
  ...(topic ? { topic } : {}),
})

function withSession(alerts: readonly SessionAlert[], notices: readonly NoticeRecord[]): AppState {
  const base = sampleAppState(Date.now())
  const now = new Date().toISOString()
  return {
    ...base,
    notices,
    session: {
      ...base.session,
      state: {
        phase: 'watching',
        id: 's1',
        startedAt: now,
        deadline: new Date(Date.now() + 600_000).toISOString(),
        pin: { at: now, exits: {}, light: 'green' },
        alerts,
        moreChanges: 0,
        latest: [] as readonly SessionAlert[],
        firstAlertAt: alerts.length > 0 ? now : null,
        lastLight: 'green',
      },
    },
  } as AppState
}

function startApp(state: AppState) {
  const bridge = installBridge(state)
  const stop = initSubscriptions(bridge.api)
  render(<App />)
  return stop
}

describe('the urgent stop above every page', () => {
  it('says stop once, with what moved, even when the system could not show the notice', async () => {
    const stop = startApp(withSession([moved], [undelivered('session', '停！先别付款')]))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('1.2.3.4')
    expect(screen.getAllByRole('alert')).toHaveLength(1)
    expect(screen.queryByRole('button', { name: '知道了' })).toBeNull()
    expect(screen.queryByText('商户路线 104.28.41.17 美国 → 1.2.3.4 日本')).toBeNull()
    stop()
  })

  it('leaves the stop to the session page’s own box there, with everything that moved', async () => {
    const stop = startApp(withSession([moved], [undelivered('session', '停！先别付款')]))
    await screen.findByRole('alert')
    await userEvent.click(screen.getByRole('tab', { name: '准备付款' }))
    const watch = await screen.findByRole('region', {
      name: '监视中：出口已固定，提交完成前不要动网络',
    })
    expect(screen.getAllByRole('alert')).toHaveLength(1)
    expect(within(watch).getByRole('alert')).toHaveTextContent('1.2.3.4')
    stop()
  })

  it('is the one banner while it lasts, first in the header too, and goes with the session', async () => {
    const notices = [
      undelivered('status', '出口变了'),
      undelivered('session', '停', 'session-stop'),
    ]
    const stopUrgent = startApp(withSession([moved], notices))
    const alert = await screen.findByRole('alert')
    // One alarm: no other banner beside the stop; the header says the stop in red.
    expect(screen.queryByText('出口变了')).toBeNull()
    const header = screen.getByRole('banner')
    expect(header).toHaveTextContent('停：付款期间出口变了，现在不要提交')
    expect(within(header).getByRole('img', { name: '红灯：现在付款很可能被拒' })).toBeVisible()
    // The way back: the pinned exit, or start over.
    expect(alert).toHaveTextContent('切回 104.28.41.17 美国 或重新开始')
    stopUrgent()
  })

  it('starts over from the stop: this session ends as given up and a fresh self-check begins', async () => {
    const bridge = installBridge(withSession([moved], []))
    const stop = initSubscriptions(bridge.api)
    render(<App />)
    const alert = await screen.findByRole('alert')
    await userEvent.click(within(alert).getByRole('button', { name: '重新开始' }))
    expect(bridge.main.endSession).toHaveBeenCalledWith({ outcome: 'gave-up' })
    expect(bridge.main.startSession).toHaveBeenCalled()
    stop()
  })

  it('after the session: the stop’s own undelivered notice does not come back; others do', async () => {
    const notices = [
      undelivered('status', '出口变了'),
      undelivered('session', '停', 'session-stop'),
    ]
    const stop = startApp({ ...sampleAppState(Date.now()), notices })
    expect(await screen.findByText('出口变了')).toBeVisible()
    expect(screen.queryByText('停')).toBeNull()
    expect(screen.queryByRole('alert')).toBeNull()
    stop()
  })

  it('leaves a session notice to the notice banner when nothing moved', async () => {
    const stop = startApp(withSession([], [undelivered('session', '冷却结束')]))
    expect(await screen.findByText('冷却结束')).toBeVisible()
    expect(screen.queryByRole('alert')).toBeNull()
    stop()
  })
})
