import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../../../src/renderer/src/App'
import { useAppStore } from '../../../src/renderer/src/store/app-store'
import { initSubscriptions } from '../../../src/renderer/src/store/subscriptions'
import type { AppState } from '../../../src/shared/contract/app-state'
import type { CardProfile } from '../../../src/shared/profile/schema'
import { sampleAppState } from '../../support/app-state'
import { usProfile } from '../../support/profiles'
import { installBridge } from '../../support/renderer-bridge'
// The window loads this page lazily; loaded up front here so its first use is not a test's cost.
import '../../../src/renderer/src/pages/ProfilePage'

const second: CardProfile = { ...usProfile({ card: { bin: '55555555' } }), id: 'b', label: 'Spare' }

function withBook(profiles: readonly CardProfile[], activeId: string | null): AppState {
  const state = sampleAppState(Date.now())
  return {
    ...state,
    profiles: { ...state.profiles, book: { schema: 3, activeId, profiles: [...profiles] } },
  }
}

/** The profile tab of a window whose main holds `state`. */
async function openProfileTab(state: AppState) {
  const bridge = installBridge(state)
  initSubscriptions(bridge.api)
  render(<App />)
  const user = userEvent.setup()
  await user.click(await screen.findByRole('tab', { name: '卡片资料' }))
  // The profile page is a chunk of its own: wait until it is in.
  await screen.findByRole('button', { name: '导入 JSON' })
  return { ...bridge, user }
}

describe('the profile toolbar', () => {
  it('switches the active profile through main and puts it in the form', async () => {
    const { main, user } = await openProfileTab(withBook([usProfile(), second], 'main'))
    expect(screen.getByLabelText('名称')).toHaveValue('Main card')
    await user.selectOptions(screen.getByRole('combobox', { name: '当前卡片' }), 'b')
    expect(main.setActiveProfile).toHaveBeenCalledWith('b')
    expect(screen.getByLabelText('名称')).toHaveValue('Spare')
    expect(screen.getByLabelText('卡号前 6–8 位（BIN）')).toHaveValue('55555555')
  })

  it('keeps unsaved edits when main refuses the switch', async () => {
    const { main, user } = await openProfileTab(withBook([usProfile(), second], 'main'))
    main.setActiveProfile.mockRejectedValue(new Error('refused'))
    await user.clear(screen.getByLabelText('名称'))
    await user.type(screen.getByLabelText('名称'), 'Edited')
    await user.selectOptions(screen.getByRole('combobox', { name: '当前卡片' }), 'b')
    expect(main.setActiveProfile).toHaveBeenCalledWith('b')
    expect(screen.getByLabelText('名称')).toHaveValue('Edited')
  })

  it('deletes the active profile through main and loads what main has left', async () => {
    const { main, user } = await openProfileTab(withBook([usProfile(), second], 'main'))
    await user.click(screen.getByRole('button', { name: '删除' }))
    expect(main.deleteProfile).toHaveBeenCalledWith('main')
    expect(screen.getByLabelText('名称')).toHaveValue('Spare')
    const picker = screen.getByRole('combobox', { name: '当前卡片' })
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Spare · 55555555'])
  })

  it('says where the export went, and nothing when it was cancelled', async () => {
    const { main, user } = await openProfileTab(withBook([usProfile()], 'main'))
    main.exportProfiles.mockResolvedValueOnce({ ok: true, file: '/home/u/paylight.json' })
    await user.click(screen.getByRole('button', { name: '导出 JSON' }))
    expect(await screen.findByText('已导出到 /home/u/paylight.json')).toHaveAttribute(
      'role',
      'status',
    )
    await user.click(screen.getByRole('button', { name: '导出 JSON' }))
    expect(main.exportProfiles).toHaveBeenCalledTimes(2)
    expect(screen.queryByText(/已导出到/)).toBeNull()
  })

  it('loads imported profiles into the form and counts them', async () => {
    const { main, user, push } = await openProfileTab(withBook([], null))
    main.importProfiles.mockImplementation(async () => {
      const next = withBook([usProfile(), second], 'b')
      push({ ...next, revision: next.revision + 1 })
      return { ok: true, imported: 2, shortenedBins: [], book: next.profiles.book }
    })
    await user.click(screen.getByRole('button', { name: '导入 JSON' }))
    expect(await screen.findByText('已导入 2 份资料')).toBeVisible()
    expect(screen.getByLabelText('名称')).toHaveValue('Spare')
    expect(useAppStore.getState().app?.profiles.book.activeId).toBe('b')
  })

  it('lists why an import was refused, field by field', async () => {
    const { main, user } = await openProfileTab(withBook([usProfile()], 'main'))
    main.importProfiles.mockResolvedValue({
      ok: false,
      reason: 'invalid',
      errors: [
        { path: 'card.bin', code: 'format', message: { zh: 'BIN 不对', en: 'Bad BIN' } },
        { path: '', code: 'schema', message: { zh: '版本太新', en: 'Too new' } },
      ],
    })
    await user.click(screen.getByRole('button', { name: '导入 JSON' }))
    expect(await screen.findByText(/^导入失败/)).toHaveTextContent(
      '导入失败：文件无效，现有资料没有变化 — card.bin: BIN 不对；版本太新',
    )
    expect(screen.getByLabelText('名称')).toHaveValue('Main card')
  })
})
