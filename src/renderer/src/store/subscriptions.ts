import type { PaylightApi } from '../../../preload/create-api'
import { callMain, useAppStore } from './app-store'

/**
 * Wires main's events into the store, loads the first state, and runs a one-second clock so
 * ages on screen stay true. Returns the cleanup that undoes all of it. A getState answer that
 * arrives after a newer push is dropped by `receive` (states carry a revision).
 */
export function initSubscriptions(api: Pick<PaylightApi, 'getState' | 'onState'>): () => void {
  const { receive, tick } = useAppStore.getState()
  const unsubscribe = api.onState(receive)
  void callMain(() => api.getState()).then((state) => {
    if (state !== null) receive(state)
  })
  const clock = setInterval(() => tick(Date.now()), 1000)
  return () => {
    unsubscribe()
    clearInterval(clock)
  }
}
