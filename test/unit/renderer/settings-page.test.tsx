import { screen } from '@testing-library/react'
import { openSettings } from '../../support/settings-page'

describe('the settings page', () => {
  it('sends each change to main and shows what main kept', async () => {
    const { main, user } = await openSettings()
    await user.selectOptions(screen.getByRole('combobox', { name: '检查间隔' }), '5 分钟')
    expect(main.updateSettings).toHaveBeenLastCalledWith({ intervalMs: 300_000 })
    expect(screen.getByRole('combobox', { name: '检查间隔' })).toHaveValue('300000')
    const notify = screen.getByRole('checkbox', { name: '出口 IP 或国家变化时通知我' })
    const before = notify.matches(':checked')
    await user.click(notify)
    expect(main.updateSettings).toHaveBeenLastCalledWith({ notifications: !before })
    expect(notify.matches(':checked')).toBe(!before)
  })

  it('leaves the settings as they were when main refuses a change', async () => {
    const { main, user } = await openSettings()
    main.updateSettings.mockRejectedValue(new Error('refused'))
    await user.selectOptions(screen.getByRole('combobox', { name: '检查间隔' }), '5 分钟')
    expect(main.updateSettings).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('combobox', { name: '检查间隔' })).toHaveValue('60000')
  })

  it('chooses the merchants to watch; the last one cannot be unticked', async () => {
    const { main, user } = await openSettings()
    const group = screen.getByRole('group', { name: '我要付款的商户（至少选一个）' })
    const openai = screen.getByRole('checkbox', { name: 'OpenAI（ChatGPT / API）' })
    expect(group).toContainElement(openai)
    expect(openai).toBeChecked()
    expect(openai).toBeDisabled()
    await user.click(screen.getByRole('checkbox', { name: 'Anthropic（Claude）' }))
    expect(main.updateSettings).toHaveBeenLastCalledWith({ merchants: ['openai', 'anthropic'] })
    expect(screen.getByRole('checkbox', { name: 'Anthropic（Claude）' })).toBeChecked()
    expect(openai).toBeEnabled()
    // The header names the merchants the light is for, in short: it stays a short header.
    expect(screen.getByText('关注的商户：OpenAI、Anthropic')).toBeVisible()
  })

  it('switches the language through main', async () => {
    const { main, user } = await openSettings()
    await user.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'English')
    expect(main.setLanguage).toHaveBeenCalledWith('en')
    expect(await screen.findByRole('tab', { name: 'Settings' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
  })
})
