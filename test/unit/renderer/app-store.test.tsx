import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../../../src/renderer/src/App'
import { useAppStore } from '../../../src/renderer/src/store/app-store'
import { initSubscriptions } from '../../../src/renderer/src/store/subscriptions'
import type { AppState } from '../../../src/shared/contract/app-state'
import type { IpcRejection } from '../../../src/shared/contract/ipc'
import { sampleAppState } from '../../support/app-state'
// The window loads this page lazily; loaded up front here so its first use is not a test's cost.
import '../../../src/renderer/src/pages/ProfilePage'

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

function installApi(api: Record<string, unknown>) {
  Object.defineProperty(window, 'paylight', { value: api, configurable: true })
}

describe('the app store', () => {
  beforeEach(() => useAppStore.getState().reset())

  it('keeps a newer push when the first getState answers late', async () => {
    const older = sampleAppState(Date.now(), 'zh')
    const newer = sampleAppState(Date.now(), 'en')
    const reply = deferred<AppState>()
    let push: (s: AppState) => void = () => undefined
    const api = {
      getState: vi.fn(() => reply.promise),
      onState: vi.fn((listener: (s: AppState) => void) => {
        push = listener
        return () => undefined
      }),
    }
    installApi(api)
    const cleanup = initSubscriptions(api)
    render(<App />)
    act(() => push(newer))
    await act(async () => reply.resolve(older))
    expect(useAppStore.getState().app?.revision).toBe(newer.revision)
    expect(screen.getAllByRole('button', { name: 'Check now' })).toHaveLength(1)
    expect(screen.queryByRole('button', { name: '立即检查' })).toBeNull()
    cleanup()
  })

  it('ignores a repeated or older push', () => {
    const first = sampleAppState(Date.now(), 'zh')
    const second = sampleAppState(Date.now(), 'en')
    const { receive } = useAppStore.getState()
    receive(second)
    receive(first)
    receive({ ...first, revision: second.revision })
    expect(useAppStore.getState().app).toBe(second)
  })

  it('shows a refused call as an error in the window, and clears it on the next answer', async () => {
    const state = sampleAppState(Date.now())
    const rejection: IpcRejection = { rejected: 'internal' }
    const api = {
      getState: vi.fn(async () => state),
      onState: vi.fn(() => () => undefined),
      checkNow: vi.fn().mockResolvedValueOnce(rejection).mockResolvedValueOnce({ ok: true }),
    }
    installApi(api)
    const cleanup = initSubscriptions(api)
    render(<App />)
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: '立即检查' }))
    expect((await screen.findByRole('alert')).textContent).toBe('主程序处理请求时出错')
    expect(useAppStore.getState().app).toBe(state)
    await user.click(screen.getByRole('button', { name: '立即检查' }))
    expect(screen.queryByRole('alert')).toBeNull()
    cleanup()
  })

  it('shows a refused profile save as an error rather than as nothing', async () => {
    const state = sampleAppState(Date.now())
    installApi({
      getState: vi.fn(async () => state),
      onState: vi.fn(() => () => undefined),
      saveProfile: vi.fn(async (): Promise<IpcRejection> => ({
        rejected: 'invalid-request',
        detail: 'too large',
      })),
    })
    useAppStore.getState().receive(state)
    render(<App />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('tab', { name: '卡片资料' }))
    await user.click(await screen.findByRole('button', { name: '保存' }))
    expect((await screen.findByRole('alert')).textContent).toBe('请求被拒绝：内容无效')
  })
})
