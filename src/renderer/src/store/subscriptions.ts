import type { PaylightApi } from '../../../preload/create-api'
import { callMain, useAppStore } from './app-store'

/**
 * Wires main's events into the store and loads the first state; returns the cleanup. A getState
 * answer that arrives after a newer push is dropped by `receive` (states carry a revision).
 */
export function initSubscriptions(api: Pick<PaylightApi, 'getState' | 'onState'>): () => void {
  const { receive } = useAppStore.getState()
  const unsubscribe = api.onState(receive)
  void callMain(() => api.getState()).then((state) => {
    if (state !== null) receive(state)
  })
  return unsubscribe
}
