import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { LOAD_MARKS } from './load-marks'
import type { StateCalls } from '../../preload/early-state'
import { whenFirstState } from './store/first-state'
import { initSubscriptions } from './store/subscriptions'

/**
 * Starts the window once its code is here: the store takes main's state (already asked for by the
 * preload) and React renders once with it, not once empty and again with the state. The wait is
 * bounded: main is local, but a window that waits forever for it is worse than a grey one.
 */
export async function boot(bridge: StateCalls): Promise<void> {
  initSubscriptions(bridge)
  await whenFirstState(500)
  performance.mark(LOAD_MARKS.stateArrived)
  const root = document.getElementById('root')
  if (!root) return
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
