import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { whenFirstState } from './store/first-state'
import { initSubscriptions } from './store/subscriptions'
import './styles.css'

// Ask main for the state first and render once it is here (bounded: main is local, but a window
// that waits forever for it is worse than a grey one), not once empty and again with the state.
initSubscriptions(window.paylight)
await whenFirstState(500)
const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
