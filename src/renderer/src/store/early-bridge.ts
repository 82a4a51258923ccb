import type { PaylightApi } from '../../../preload/create-api'

/** The two calls the window's store starts from: main's state now and main's pushes after. */
export type StateBridge = Pick<PaylightApi, 'getState' | 'onState'>

type StateReply = Awaited<ReturnType<StateBridge['getState']>>
type PushListener = Parameters<StateBridge['onState']>[0]
type PushedState = Parameters<PushListener>[0]

/**
 * Asks main for its state at once, before the window's code is loaded, so the round trip overlaps
 * the download and compile instead of following them. Returns the same calls for the store: its
 * first `getState` gets the answer already under way, and `onState` first replays the newest push
 * that arrived meanwhile (the store's revision rule orders it against that answer).
 */
export function earlyBridge(api: StateBridge): StateBridge {
  let latest: PushedState | null = null
  let listener: PushListener | null = null
  api.onState((state) => {
    if (listener) listener(state)
    else latest = state
  })
  let first: Promise<StateReply> | null = api.getState()
  return {
    getState: () => {
      const answer = first ?? api.getState()
      first = null
      return answer
    },
    onState: (next) => {
      listener = next
      if (latest !== null) next(latest)
      latest = null
      return () => {
        if (listener === next) listener = null
      }
    },
  }
}
