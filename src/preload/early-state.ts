import type { PaylightApi } from './create-api'

/** The two calls the window's first state comes through: main's state now, main's pushes after. */
export type StateCalls = Pick<PaylightApi, 'getState' | 'onState'>

type StateReply = Awaited<ReturnType<StateCalls['getState']>>
type PushListener = Parameters<StateCalls['onState']>[0]
type PushedState = Parameters<PushListener>[0]

/**
 * Asks main for its state as the preload runs, before the window's code is even fetched, so the
 * round trip overlaps the page's load instead of following it. The first `getState` gets that
 * answer; later ones ask again. A push that arrives before anyone listens is kept (the newest
 * only) and replayed to the first listener, so a state newer than the answer is never lost (the
 * store's revision rule orders the two).
 */
export function withEarlyState<Api extends StateCalls>(api: Api): Api {
  let kept: PushedState | null = null
  const listeners = new Set<PushListener>()
  api.onState((state) => {
    if (listeners.size === 0) kept = state
    else listeners.forEach((listener) => listener(state))
  })
  let first: Promise<StateReply> | null = api.getState()
  return Object.freeze({
    ...api,
    getState: () => {
      const answer = first ?? api.getState()
      first = null
      return answer
    },
    onState: (listener: PushListener) => {
      listeners.add(listener)
      if (kept !== null) listener(kept)
      kept = null
      return () => void listeners.delete(listener)
    },
  })
}
