import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../../../src/renderer/src/App'
import { initSubscriptions } from '../../../src/renderer/src/store/subscriptions'
import { sampleAppState } from '../../support/app-state'
import { usProfile } from '../../support/profiles'
import { installBridge } from '../../support/renderer-bridge'
// The window loads this page lazily; loaded up front here so its first use is not a test's cost.
import '../../../src/renderer/src/pages/ProfilePage'

describe('the card profile page while the keychain is asking', () => {
  it('offers no empty form to fill in, then shows the saved profile once it is read', async () => {
    const state = sampleAppState(Date.now())
    const waiting = { ...state, profiles: { ...state.profiles, loading: true } }
    const bridge = installBridge(waiting)
    initSubscriptions(bridge.api)
    render(<App />)
    await userEvent.setup().click(await screen.findByRole('tab', { name: '卡片资料' }))
    expect(await screen.findByRole('status')).toHaveTextContent('正在解锁卡片资料…')
    expect(screen.queryByRole('button', { name: '保存' })).toBeNull()
    bridge.push({
      ...waiting,
      revision: waiting.revision + 1,
      profiles: {
        ...waiting.profiles,
        loading: false,
        book: { schema: 3, activeId: 'main', profiles: [usProfile()] },
      },
    })
    expect(await screen.findByRole('button', { name: '保存' })).toBeVisible()
    expect(screen.getByLabelText('名称')).toHaveValue('Main card')
  })
})
