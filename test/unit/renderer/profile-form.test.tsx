import { act, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../../../src/renderer/src/App'
import { useProfileForm } from '../../../src/renderer/src/profile/profile-store'
import { useAppStore } from '../../../src/renderer/src/store/app-store'
import type { AppState } from '../../../src/shared/contract/app-state'
import { sampleAppState } from '../../support/app-state'
import { usProfile } from '../../support/profiles'
import { installBridge } from '../../support/renderer-bridge'
// The window loads this page lazily; loaded up front here so its first use is not a test's cost.
import '../../../src/renderer/src/pages/ProfilePage'

/** A window showing `state`, whose main refuses every save with a per-field error. */
function installApi(state: AppState) {
  const { main } = installBridge(state)
  const sent: unknown[] = []
  main.saveProfile.mockImplementation(async (payload) => {
    sent.push(payload)
    return {
      ok: false,
      errors: [
        {
          path: 'billing.postalCode',
          code: 'too-long',
          message: { zh: '邮编太长了', en: 'The postal code is too long' },
        },
      ],
    }
  })
  main.lookupBin.mockResolvedValue({
    ok: false,
    reason: 'rate-limited',
    retryAt: '2026-11-25T11:00:00.000Z',
    detail: 'limit',
  })
  useAppStore.getState().receive(state)
  return { main, sent }
}

describe('the card profile form', () => {
  it('drops everything past the BIN the moment a full number is pasted', async () => {
    const { main, sent } = installApi(sampleAppState(Date.now()))
    render(<App />)
    await userEvent.setup().click(screen.getByRole('tab', { name: '卡片资料' }))
    const bin = await screen.findByLabelText('卡号前 6–8 位（BIN）')
    fireEvent.change(bin, { target: { value: '4111 1111 1111 1234' } })
    expect(bin).toHaveValue('411111')
    expect(screen.getByLabelText('卡号后 4 位（可选）')).toHaveValue('1234')
    expect(screen.getByRole('status')).toHaveTextContent('已丢弃其余数字')
    await act(() => useProfileForm.getState().save())
    expect(main.saveProfile).toHaveBeenCalledTimes(1)
    expect(JSON.stringify(sent)).not.toContain('4111111111111234')
  })

  it('lets a card service’s virtual card be said apart from the funding type, and sends it', async () => {
    const { sent } = installApi(sampleAppState(Date.now()))
    render(<App />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('tab', { name: '卡片资料' }))
    const issuer = await screen.findByRole('combobox', { name: '发卡方' })
    expect(issuer).toHaveValue('unknown')
    await user.selectOptions(issuer, '卡服务商的虚拟卡')
    await user.selectOptions(screen.getByRole('combobox', { name: '卡类型' }), '借记卡')
    await act(() => useProfileForm.getState().save())
    expect(sent.at(-1)).toMatchObject({ card: { issuedBy: 'card-service', funding: 'debit' } })
  })

  it('marks edits not yet saved, and drops the mark when they are undone', async () => {
    const base = sampleAppState(Date.now())
    const profile = usProfile()
    const book = { schema: 3 as const, activeId: profile.id, profiles: [profile] }
    installApi({ ...base, profiles: { ...base.profiles, book } })
    useProfileForm.getState().load(book)
    render(<App />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('tab', { name: '卡片资料' }))
    const city = await screen.findByLabelText('城市 / City')
    expect(screen.queryByText('● 有未保存的修改')).toBeNull()
    const saved = (city as HTMLInputElement).value
    fireEvent.change(city, { target: { value: 'Oakland' } })
    expect(screen.getByText('● 有未保存的修改')).toBeVisible()
    fireEvent.change(city, { target: { value: saved } })
    expect(screen.queryByText('● 有未保存的修改')).toBeNull()
  })

  it('shows main’s per-field refusal next to the field', async () => {
    installApi(sampleAppState(Date.now()))
    render(<App />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('tab', { name: '卡片资料' }))
    await user.click(await screen.findByRole('button', { name: '保存' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(/^邮编太长了$/)
  })

  it('explains a rate-limited BIN look-up', async () => {
    const state = sampleAppState(Date.now())
    installApi({
      ...state,
      profiles: {
        ...state.profiles,
        book: { schema: 3, activeId: 'main', profiles: [usProfile()] },
      },
    })
    render(<App />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('tab', { name: '卡片资料' }))
    expect(await screen.findByLabelText('卡号前 6–8 位（BIN）')).toHaveValue('411111')
    await user.click(screen.getByRole('button', { name: '查询 BIN' }))
    expect(await screen.findByText(/BIN 查询每小时最多 5 次/)).toHaveTextContent('手动填写')
  })

  it('says plainly when the profile is protected only by the basic_text backend', async () => {
    const state = sampleAppState(Date.now())
    installApi({ ...state, profiles: { ...state.profiles, protection: 'basic-text' } })
    render(<App />)
    await userEvent.setup().click(screen.getByRole('tab', { name: '卡片资料' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('basic_text')
  })
})
