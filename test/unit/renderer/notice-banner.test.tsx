import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../../../src/renderer/src/App'
import { initSubscriptions } from '../../../src/renderer/src/store/subscriptions'
import type { AppState } from '../../../src/shared/contract/app-state'
import type { NoticeRecord } from '../../../src/shared/contract/notices'
import { sampleAppState } from '../../support/app-state'
import { installBridge } from '../../support/renderer-bridge'

const notice = (id: string, delivered: boolean, page: NoticeRecord['page'] = 'status') =>
  ({
    id,
    title: { zh: `出口国家变了 ${id}`, en: `Exit country changed ${id}` },
    body: {
      zh: '商户：美国 US → 日本 JP。付款前请先确认。',
      en: 'Merchant: United States US → Japan JP.',
    },
    page,
    at: new Date().toISOString(),
    delivered,
  }) satisfies NoticeRecord

function startApp(state: AppState) {
  const bridge = installBridge(state)
  const stop = initSubscriptions(bridge.api)
  render(<App />)
  return { ...bridge, stop }
}

describe('notices the system did not show', () => {
  it('shows the newest undelivered notice as a status banner, and dismissing tells main', async () => {
    const state = sampleAppState(Date.now())
    const { main, stop } = startApp({
      ...state,
      notices: [notice('b-2', true), notice('b-1', false)],
    })
    const banner = await screen.findByRole('status')
    expect(banner).toHaveTextContent('出口国家变了 b-1')
    expect(banner).not.toHaveTextContent('b-2')
    await userEvent.click(screen.getByRole('button', { name: '知道了' }))
    expect(main.dismissNotice).toHaveBeenCalledWith('b-1')
    expect(screen.queryByText(/出口国家变了/)).toBeNull()
    stop()
  })

  it('shows the notice in the language chosen now, not the one it was raised in', async () => {
    const state = sampleAppState(Date.now())
    const { stop } = startApp({ ...state, lang: 'en', notices: [notice('d-1', false)] })
    const banner = await screen.findByRole('status')
    expect(banner).toHaveTextContent('Exit country changed d-1')
    expect(banner).not.toHaveTextContent('出口国家变了')
    stop()
  })

  it('shows no banner when every notice was delivered', async () => {
    const state = sampleAppState(Date.now())
    const { stop } = startApp({ ...state, notices: [notice('c-1', true)] })
    await screen.findByRole('tab', { name: '状态' })
    expect(screen.queryByRole('button', { name: '知道了' })).toBeNull()
    stop()
  })
})

describe('the page main asks for', () => {
  it('is followed once per request; a tab click wins until the next request', async () => {
    const state = sampleAppState(Date.now())
    const { push, stop } = startApp({
      ...state,
      ui: { requestedPage: { page: 'checklist', seq: 3 } },
    })
    expect(await screen.findByRole('tab', { name: '排查清单', selected: true })).toBeVisible()
    await userEvent.click(screen.getByRole('tab', { name: '设置' }))
    expect(screen.getByRole('tab', { name: '设置', selected: true })).toBeVisible()
    push({ ...sampleAppState(Date.now()), ui: { requestedPage: { page: 'checklist', seq: 3 } } })
    expect(screen.getByRole('tab', { name: '设置', selected: true })).toBeVisible()
    push({ ...sampleAppState(Date.now()), ui: { requestedPage: { page: 'profile', seq: 4 } } })
    expect(screen.getByRole('tab', { name: '卡片资料', selected: true })).toBeVisible()
    stop()
  })
})
