import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../../src/renderer/src/App'
import { initSubscriptions } from '../../src/renderer/src/store/subscriptions'
import type { AppState } from '../../src/shared/contract/app-state'
import { sampleAppState } from './app-state'
import { installBridge, type FakeBridge } from './renderer-bridge'
// The window loads this page lazily; loaded up front here so its first use is not a test's cost.
import '../../src/renderer/src/pages/SettingsPage'

/**
 * The window on its Settings tab, over a fake main; `prepare` sets up main's answers before the
 * window first asks (start at login, About).
 */
export async function openSettings(
  state: AppState = sampleAppState(Date.now()),
  prepare: (bridge: FakeBridge) => void = () => undefined,
) {
  const bridge = installBridge(state)
  prepare(bridge)
  initSubscriptions(bridge.api)
  render(<App />)
  const user = userEvent.setup()
  await user.click(await screen.findByRole('tab', { name: '设置' }))
  // The settings page is a chunk of its own: wait until it is in.
  await screen.findByRole('combobox', { name: '检查间隔' })
  return { ...bridge, user }
}
