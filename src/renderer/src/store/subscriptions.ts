import type { PaylightApi } from '../../../preload/create-api'
import { useAppStore } from './app-store'

/**
 * Wires main's events into the store, loads the first state, and runs a one-second clock so
 * ages on screen stay true. Returns the cleanup that undoes all of it.
 */
export function initSubscriptions(api: Pick<PaylightApi, 'getState' | 'onState'>): () => void {
  const { receive, tick } = useAppStore.getState()
  const unsubscribe = api.onState(receive)
  void api.getState().then(receive, () => undefined)
  const clock = setInterval(() => tick(Date.now()), 1000)
  return () => {
    unsubscribe()
    clearInterval(clock)
  }
}
