import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../../../src/renderer/src/App'
import { initSubscriptions } from '../../../src/renderer/src/store/subscriptions'
import { sampleAppState } from '../../support/app-state'
import { installBridge } from '../../support/renderer-bridge'
// The window loads this page lazily; loaded up front here so its first use is not a test's cost.
import '../../../src/renderer/src/pages/SettingsPage'

describe('the alert level setting', () => {
  it('sends the chosen level to main and shows what main kept', async () => {
    const bridge = installBridge(sampleAppState(Date.now()))
    initSubscriptions(bridge.api)
    render(<App />)
    const user = userEvent.setup()
    await user.click(await screen.findByRole('tab', { name: '设置' }))
    // The settings page is a chunk of its own: wait until it is in.
    const level = await screen.findByRole('combobox', { name: '通知哪些变化' })
    // By default only country and light changes: a load-balanced node changes IP all the time.
    expect(level).toHaveValue('important')
    await user.selectOptions(level, '每次出口 IP 变化')
    expect(bridge.main.updateSettings).toHaveBeenLastCalledWith({ alertLevel: 'all' })
    expect(level).toHaveValue('all')
  })
})
