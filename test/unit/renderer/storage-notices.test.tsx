import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StorageNotices } from '../../../src/renderer/src/components/StorageNotices'
import { initSubscriptions } from '../../../src/renderer/src/store/subscriptions'
import type { AppState } from '../../../src/shared/contract/app-state'
import type { StorageFileView } from '../../../src/shared/storage/kept-file-types'
import { sampleAppState } from '../../support/app-state'
import { installBridge, removeBridge } from '../../support/renderer-bridge'

function start(
  files: StorageFileView[],
  patch: Partial<AppState> = {},
  readOnly: AppState['storage']['readOnly'] = null,
) {
  const state = { ...sampleAppState(Date.now()), ...patch, storage: { files, readOnly } }
  const bridge = installBridge(state)
  const stop = initSubscriptions(bridge.api)
  render(<StorageNotices />)
  return { ...bridge, stop }
}
const ready = { status: { kind: 'ready' as const }, movedAside: [], lastError: null }

afterEach(removeBridge)

describe('StorageNotices', () => {
  it('says nothing when every file is fine and card data is in the OS keychain', async () => {
    const { stop, main } = start([{ name: 'profiles.dat', ...ready }])
    await vi.waitFor(() => expect(main.getState).toHaveBeenCalled())
    expect(screen.queryByRole('alert')).toBeNull()
    stop()
  })

  it('tells of a locked keychain and offers a retry', async () => {
    const { stop, main } = start([
      { ...ready, name: 'profiles.dat', status: { kind: 'locked', detail: 'unavailable' } },
    ])
    expect(await screen.findByText(/钥匙串暂不可用，卡片资料文件保持原样/)).toBeVisible()
    await userEvent.click(screen.getByRole('button', { name: '重试' }))
    expect(main.retryStorage).toHaveBeenCalledTimes(1)
    stop()
  })

  it('tells of an unreadable file and lets the user move it aside and start fresh', async () => {
    const { stop, main } = start([
      { ...ready, name: 'settings.json', status: { kind: 'unreadable', code: 'EACCES' } },
    ])
    expect(await screen.findByText(/设置文件存在但无法读取（EACCES）/)).toBeVisible()
    await userEvent.click(screen.getByRole('button', { name: '移到一旁并重新开始' }))
    expect(main.discardAndStartFresh).toHaveBeenCalledWith({ file: 'settings.json' })
    stop()
  })

  it('lists files moved aside with a restore button, and why the last save failed', async () => {
    const aside = 'profiles.corrupt-2026-11-25T10-00-00-000Z.dat'
    const { stop, main } = start([
      {
        name: 'profiles.dat',
        status: { kind: 'ready' },
        movedAside: [{ file: aside, reason: 'corrupt', at: '2026-11-25T10:00:00.000Z' }],
        lastError: { code: 'no-space' },
      },
    ])
    expect(await screen.findByText(/卡片资料：磁盘已满，未保存；原文件没有变化/)).toBeVisible()
    expect(
      screen.getByText(
        new RegExp(`卡片资料的旧文件已移到一旁：${aside.replace(/\./g, '\\.')}（文件已损坏`),
      ),
    ).toBeVisible()
    await userEvent.click(screen.getByRole('button', { name: '恢复' }))
    expect(main.restoreFile).toHaveBeenCalledWith({ file: 'profiles.dat', aside })
    stop()
  })
})

describe('the data folder held by another PayLight', () => {
  it('says this copy only reads, and why changes here would be lost', async () => {
    start([{ name: 'settings.json', ...ready }], {}, { pid: 4242, since: '2026-11-20T10:00:00Z' })
    expect(await screen.findByText(/另一个 PayLight（进程 4242/)).toBeInTheDocument()
  })
})

describe('a restore that could not be done', () => {
  it('says exactly why: the file’s reason, or the read error', async () => {
    start([
      {
        name: 'settings.json',
        ...ready,
        lastError: { code: 'invalid', detail: 'future-version' },
      },
      { name: 'session.json', ...ready, lastError: { code: 'invalid', detail: 'EACCES' } },
    ])
    expect(
      await screen.findByText(/所选文件无法恢复（由更新版本的 PayLight 写入|所选文件无法恢复（/),
    ).toBeInTheDocument()
    expect(screen.getByText(/读不出来（EACCES）/)).toBeInTheDocument()
  })
})
