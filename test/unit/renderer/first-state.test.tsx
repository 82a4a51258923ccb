import { useAppStore } from '../../../src/renderer/src/store/app-store'
import { whenFirstState } from '../../../src/renderer/src/store/first-state'
import { sampleAppState } from '../../support/app-state'

/** Whether the promise has settled after pending microtasks ran. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false
  void promise.then(() => (done = true))
  await vi.advanceTimersByTimeAsync(0)
  return done
}

describe('whenFirstState', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    useAppStore.getState().reset()
  })
  afterEach(() => {
    vi.useRealTimers()
    useAppStore.getState().reset()
  })

  it('waits for main’s first state, and resolves when it arrives', async () => {
    const waiting = whenFirstState(500)
    expect(await settled(waiting)).toBe(false)
    useAppStore.getState().receive(sampleAppState(Date.now()))
    expect(await settled(waiting)).toBe(true)
  })

  it('resolves at once when the state is already in the store', async () => {
    useAppStore.getState().receive(sampleAppState(Date.now()))
    expect(await settled(whenFirstState(500))).toBe(true)
  })

  it('stops waiting when main refuses, so the error shows without delay', async () => {
    const waiting = whenFirstState(500)
    useAppStore.setState({ error: { zh: '无法连接主程序', en: 'Could not reach the app' } })
    expect(await settled(waiting)).toBe(true)
  })

  it('gives up after the bound, so a silent main still gets a (grey) window', async () => {
    const waiting = whenFirstState(500)
    await vi.advanceTimersByTimeAsync(499)
    expect(await settled(waiting)).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(await settled(waiting)).toBe(true)
    expect(useAppStore.getState().app).toBeNull()
  })
})
