import type { AppState } from '../../../src/shared/app-state'
import { useAppStore } from '../../../src/renderer/src/store/app-store'
import { earlyBridge, type StateBridge } from '../../../src/renderer/src/store/early-bridge'
import { initSubscriptions } from '../../../src/renderer/src/store/subscriptions'
import { sampleAppState } from '../../support/app-state'

/** A bridge to main whose getState answers when the test says, and whose pushes the test sends. */
function fakeMain() {
  const listeners = new Set<(state: AppState) => void>()
  const answers: ((state: AppState) => void)[] = []
  const api: StateBridge = {
    getState: () => new Promise<AppState>((resolve) => answers.push(resolve)),
    onState: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  return {
    api: { getState: vi.fn(api.getState), onState: vi.fn(api.onState) },
    push: (state: AppState) => listeners.forEach((listener) => listener(state)),
    answer: (state: AppState) => answers.shift()?.(state),
  }
}

describe('earlyBridge', () => {
  beforeEach(() => useAppStore.getState().reset())
  afterEach(() => useAppStore.getState().reset())

  it('asks main for the state at once, and hands that same request to the store', async () => {
    const main = fakeMain()
    const bridge = earlyBridge(main.api)
    expect(main.api.getState).toHaveBeenCalledTimes(1)
    expect(main.api.onState).toHaveBeenCalledTimes(1)
    const stop = initSubscriptions(bridge)
    expect(main.api.getState).toHaveBeenCalledTimes(1)
    const state = sampleAppState(1)
    main.answer(state)
    await vi.waitFor(() => expect(useAppStore.getState().app).toEqual(state))
    stop()
  })

  it('asks main again for any later getState', async () => {
    const main = fakeMain()
    const bridge = earlyBridge(main.api)
    void bridge.getState()
    void bridge.getState()
    expect(main.api.getState).toHaveBeenCalledTimes(2)
  })

  it('keeps a push that came before the store was ready, and the newer state wins', async () => {
    const main = fakeMain()
    const bridge = earlyBridge(main.api)
    const older = sampleAppState(1)
    const newer = sampleAppState(2)
    main.push(newer)
    const stop = initSubscriptions(bridge)
    expect(useAppStore.getState().app).toEqual(newer)
    main.answer(older)
    await Promise.resolve()
    await Promise.resolve()
    expect(useAppStore.getState().app).toEqual(newer)
    stop()
  })

  it('forwards pushes after the hand-over, and none after the store unsubscribes', () => {
    const main = fakeMain()
    const bridge = earlyBridge(main.api)
    const seen: number[] = []
    const stop = bridge.onState((state) => seen.push(state.revision))
    const first = sampleAppState(1)
    const second = sampleAppState(2)
    main.push(first)
    stop()
    main.push(second)
    expect(seen).toEqual([first.revision])
  })
})
