import type { PaylightApi } from '../../../preload/create-api'
import { useAppStore } from './app-store'

/** Wires main's events into the store and loads the first state; returns the cleanup. */
export function initSubscriptions(api: Pick<PaylightApi, 'getState' | 'onState'>): () => void {
  const { receive } = useAppStore.getState()
  const unsubscribe = api.onState(receive)
  void api.getState().then(receive, () => undefined)
  return unsubscribe
}
