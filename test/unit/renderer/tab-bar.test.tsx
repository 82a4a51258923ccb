import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { tabAfterKey, TabBar } from '../../../src/renderer/src/components/TabBar'

const tabs = ['status', 'profile', 'checklist', 'settings'] as const

/** The tab bar with a panel, as App uses it. */
function Harness() {
  const [tab, setTab] = useState<(typeof tabs)[number]>('status')
  return (
    <>
      <TabBar tabs={tabs} selected={tab} label={(t) => t.toUpperCase()} onSelect={setTab} />
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        <button type="button">inside {tab}</button>
      </div>
    </>
  )
}

describe('tabAfterKey', () => {
  it('moves with the arrows, wraps at both ends, jumps with Home and End, ignores other keys', () => {
    expect(tabAfterKey(tabs, 'status', 'ArrowRight')).toBe('profile')
    expect(tabAfterKey(tabs, 'settings', 'ArrowRight')).toBe('status')
    expect(tabAfterKey(tabs, 'status', 'ArrowLeft')).toBe('settings')
    expect(tabAfterKey(tabs, 'checklist', 'Home')).toBe('status')
    expect(tabAfterKey(tabs, 'profile', 'End')).toBe('settings')
    expect(tabAfterKey(tabs, 'profile', 'a')).toBeNull()
    expect(tabAfterKey(tabs, 'profile', 'Enter')).toBeNull()
  })
})

describe('TabBar', () => {
  it('links the selected tab and its panel, and keeps only that tab in the Tab order', () => {
    render(<Harness />)
    const selected = screen.getByRole('tab', { name: 'STATUS' })
    expect(selected).toHaveAttribute('aria-selected', 'true')
    expect(selected).toHaveAttribute('aria-controls', 'panel-status')
    expect(screen.getByRole('tabpanel', { name: 'STATUS' })).toHaveAttribute('id', 'panel-status')
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1, -1])
  })

  it('follows the keyboard: arrows, Home, End move focus and selection; Tab goes to the panel', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    await user.tab()
    expect(screen.getByRole('tab', { name: 'STATUS' })).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('tab', { name: 'PROFILE' })).toHaveFocus()
    expect(screen.getByRole('tabpanel', { name: 'PROFILE' })).toHaveTextContent('inside profile')
    await user.keyboard('{End}')
    expect(screen.getByRole('tab', { name: 'SETTINGS' })).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{Home}')
    expect(screen.getByRole('tab', { name: 'STATUS' })).toHaveFocus()
    await user.keyboard('{ArrowLeft}')
    expect(screen.getByRole('tab', { name: 'SETTINGS' })).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('button', { name: 'inside settings' })).toHaveFocus()
  })

  it('selects with Enter and Space like any button', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    screen.getByRole('tab', { name: 'CHECKLIST' }).focus()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('tab', { name: 'CHECKLIST' })).toHaveAttribute('aria-selected', 'true')
    screen.getByRole('tab', { name: 'PROFILE' }).focus()
    await user.keyboard(' ')
    expect(screen.getByRole('tab', { name: 'PROFILE' })).toHaveAttribute('aria-selected', 'true')
  })
})
