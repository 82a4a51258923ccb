import { useAppStore } from './app-store'

/**
 * Resolves once the store holds main's first state (or main's refusal), or after `ms` at the
 * latest, so the window renders once with the state instead of once empty and again with it. The
 * state still arrives the one way (getState or a push, through `receive` and its revision rule);
 * this only waits for it.
 */
export function whenFirstState(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const arrived = () => {
      const { app, error } = useAppStore.getState()
      return app !== null || error !== null
    }
    if (arrived()) return resolve()
    const done = () => {
      clearTimeout(timer)
      unsubscribe()
      resolve()
    }
    const timer = setTimeout(done, ms)
    const unsubscribe = useAppStore.subscribe(() => {
      if (arrived()) done()
    })
  })
}
