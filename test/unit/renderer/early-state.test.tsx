import type { AppState } from '../../../src/shared/contract/app-state'
import { useAppStore } from '../../../src/renderer/src/store/app-store'
import { withEarlyState, type StateCalls } from '../../../src/preload/early-state'
import { initSubscriptions } from '../../../src/renderer/src/store/subscriptions'
import { sampleAppState } from '../../support/app-state'

/** A bridge to main whose getState answers when the test says, and whose pushes the test sends. */
function fakeMain() {
  const listeners = new Set<(state: AppState) => void>()
  const answers: ((state: AppState) => void)[] = []
  const api: StateCalls = {
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

describe('withEarlyState (preload) with the window store', () => {
  beforeEach(() => useAppStore.getState().reset())
  afterEach(() => useAppStore.getState().reset())

  it('asks main for the state at once, and hands that same request to the store', async () => {
    const main = fakeMain()
    const bridge = withEarlyState(main.api)
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
    const bridge = withEarlyState(main.api)
    void bridge.getState()
    void bridge.getState()
    expect(main.api.getState).toHaveBeenCalledTimes(2)
  })

  it('keeps a push that came before the store was ready, and the newer state wins', async () => {
    const main = fakeMain()
    const bridge = withEarlyState(main.api)
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
    const bridge = withEarlyState(main.api)
    const seen: number[] = []
    const stop = bridge.onState((state) => seen.push(state.revision))
    const first = sampleAppState(1)
    const second = sampleAppState(2)
    main.push(first)
    stop()
    main.push(second)
    expect(seen).toEqual([first.revision])
  })

  it('replays a kept push to the first listener only, then pushes reach every listener', () => {
    const main = fakeMain()
    const bridge = withEarlyState(main.api)
    const [one, two, three] = [sampleAppState(1), sampleAppState(2), sampleAppState(3)]
    main.push(one)
    main.push(two)
    const first: number[] = []
    const second: number[] = []
    bridge.onState((state) => first.push(state.revision))
    bridge.onState((state) => second.push(state.revision))
    main.push(three)
    expect(first).toEqual([two.revision, three.revision])
    expect(second).toEqual([three.revision])
  })

  it('keeps every other call of the API as it was, and freezes the result', () => {
    const other = vi.fn(async () => 'pong')
    const main = fakeMain()
    const bridge = withEarlyState({ ...main.api, ping: other })
    void bridge.ping()
    expect(other).toHaveBeenCalledTimes(1)
    expect(Object.isFrozen(bridge)).toBe(true)
  })
})
