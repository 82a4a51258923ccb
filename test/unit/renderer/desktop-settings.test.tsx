import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../../../src/renderer/src/App'
import { initSubscriptions } from '../../../src/renderer/src/store/subscriptions'
import { dataSources } from '../../../src/shared/view/data-licences'
import type { LoginItemState } from '../../../src/shared/contract/desktop'
import { defaultSettings } from '../../../src/shared/contract/settings'
import { sampleAppState } from '../../support/app-state'
import { installBridge, type FakeBridge } from '../../support/renderer-bridge'
import { openSettings } from '../../support/settings-page'

const off: LoginItemState = { enabled: false, needsApproval: false, canChange: true }

/** A system whose start-at-login the fake main keeps, as Electron's login items would. */
function loginItemSystem(main: FakeBridge['main'], initial: LoginItemState = off) {
  let state = initial
  main.getStartAtLogin.mockImplementation(async () => ({ ok: true, state }))
  main.setStartAtLogin.mockImplementation(async (enabled) => {
    state = { ...state, enabled }
    return { ok: true, state }
  })
}

/** Settings with the offer already answered, over a system that keeps its login item. */
function open(options: { login?: LoginItemState | 'unsupported' } = {}) {
  const state = sampleAppState(Date.now())
  return openSettings(
    { ...state, settings: { ...state.settings, startAtLoginOffered: true } },
    (bridge) => {
      if (options.login !== 'unsupported') loginItemSystem(bridge.main, options.login)
    },
  )
}

describe('Settings: start at login, the log folder and updates', () => {
  it('shows start at login as the system has it, and changes it through main', async () => {
    const { main, user } = await open()
    const toggle = await screen.findByRole('switch', { name: '开机时启动' })
    expect(toggle).not.toBeChecked()
    await user.click(toggle)
    expect(main.setStartAtLogin).toHaveBeenCalledWith(true)
    expect(toggle).toBeChecked()
    await user.click(toggle)
    expect(main.setStartAtLogin).toHaveBeenLastCalledWith(false)
    expect(toggle).not.toBeChecked()
  })

  it('asks for approval in System Settings when macOS has not allowed it yet', async () => {
    await open({ login: { enabled: true, needsApproval: true, canChange: true } })
    expect(await screen.findByRole('switch', { name: '开机时启动' })).toBeChecked()
    const note = screen.getByText(/系统设置 → 通用 → 登录项/)
    expect(note).toBeVisible()
    expect(note).toHaveAttribute('role', 'status')
  })

  it('leaves an autostart file the user wrote alone, and says so', async () => {
    await open({ login: { enabled: true, needsApproval: false, canChange: false } })
    expect(await screen.findByRole('switch', { name: '开机时启动' })).toBeDisabled()
    expect(screen.getByText(/~\/\.config\/autostart\/paylight\.desktop/)).toBeVisible()
  })

  it('says when the system refused the change, with the state read back', async () => {
    const { main, user } = await open()
    main.setStartAtLogin.mockResolvedValueOnce({ ok: false, reason: 'failed', state: off })
    await user.click(await screen.findByRole('switch', { name: '开机时启动' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('没能更改开机启动')
    expect(screen.getByRole('switch', { name: '开机时启动' })).not.toBeChecked()
  })

  it('has no switch where this build cannot start at login', async () => {
    await open({ login: 'unsupported' })
    expect(await screen.findByText('这个版本不能设置开机启动。')).toBeVisible()
    expect(screen.queryByRole('switch', { name: '开机时启动' })).toBeNull()
  })

  it('opens the log folder, and says so when it could not', async () => {
    const { main, user } = await open()
    await user.click(screen.getByRole('button', { name: '打开日志文件夹' }))
    expect(main.openLogFolder).toHaveBeenCalledTimes(1)
    expect(screen.queryByText('没能打开日志文件夹。')).toBeNull()
    main.openLogFolder.mockResolvedValueOnce({ ok: false })
    await user.click(screen.getByRole('button', { name: '打开日志文件夹' }))
    expect(await screen.findByText('没能打开日志文件夹。')).toBeVisible()
  })

  it('checks for updates and shows where they stand', async () => {
    const { main, user } = await open()
    main.checkForUpdates.mockResolvedValueOnce({ kind: 'downloading', version: '0.2.0' })
    await user.click(screen.getByRole('button', { name: '检查更新' }))
    expect(await screen.findByRole('status', { name: '检查更新' })).toHaveTextContent(
      '正在下载新版本 0.2.0…',
    )
    await user.click(screen.getByRole('button', { name: '检查更新' }))
    expect(screen.getByRole('status', { name: '检查更新' })).toHaveTextContent(
      '此版本没有配置更新来源，不会检查更新',
    )
  })
})

describe('About', () => {
  it('shows the version, what it runs on and every data set with its date and licence', async () => {
    await open()
    const about = await screen.findByRole('region', { name: '关于付款红绿灯' })
    expect(await within(about).findByText('版本 0.1.0')).toBeVisible()
    expect(about).toHaveTextContent('付款红绿灯以 MIT 许可发布。')
    expect(about).toHaveTextContent('Electron 45.5.0（Chromium 146.0.0.0，Node.js 22.20.0）')
    for (const source of dataSources) {
      const item = within(about).getByText(source.name).closest('li')
      expect(item).toHaveTextContent(source.licence.name)
      expect(item).toHaveTextContent(source.attribution)
    }
    const first = within(about).getByText(dataSources[0]!.name).closest('li')
    expect(first).toHaveTextContent('数据日期：2026-06-17')
  })

  it('credits the data even when main cannot answer (the licence asks for it in the app)', async () => {
    const state = sampleAppState(Date.now())
    const bridge = installBridge({
      ...state,
      settings: { ...state.settings, startAtLoginOffered: true },
    })
    bridge.main.getAbout.mockRejectedValue(new Error('gone'))
    initSubscriptions(bridge.api)
    render(<App />)
    const user = userEvent.setup()
    await user.click(await screen.findByRole('tab', { name: '设置' }))
    const about = await screen.findByRole('region', { name: '关于付款红绿灯' })
    for (const source of dataSources) expect(about).toHaveTextContent(source.attribution)
  })
})

describe('the first-run offer to start at login', () => {
  const fresh = () => {
    const state = sampleAppState(Date.now())
    return { ...state, settings: { ...defaultSettings, startAtLoginOffered: false } }
  }

  async function start(login: LoginItemState = off) {
    const bridge = installBridge(fresh())
    loginItemSystem(bridge.main, login)
    initSubscriptions(bridge.api)
    render(<App />)
    return { ...bridge, user: userEvent.setup() }
  }

  it('turns start at login on and is not asked again', async () => {
    const { main, user } = await start()
    const offer = await screen.findByRole('region', { name: '开机时启动付款红绿灯？' })
    await user.click(within(offer).getByRole('button', { name: '开机时启动' }))
    expect(main.setStartAtLogin).toHaveBeenCalledWith(true)
    expect(main.updateSettings).toHaveBeenCalledWith({ startAtLoginOffered: true })
    expect(screen.queryByRole('region', { name: '开机时启动付款红绿灯？' })).toBeNull()
  })

  it('can be dismissed, which is remembered without turning anything on', async () => {
    const { main, user } = await start()
    const offer = await screen.findByRole('region', { name: '开机时启动付款红绿灯？' })
    await user.click(within(offer).getByRole('button', { name: '不用了' }))
    expect(main.setStartAtLogin).not.toHaveBeenCalled()
    expect(main.updateSettings).toHaveBeenCalledWith({ startAtLoginOffered: true })
    expect(screen.queryByRole('region', { name: '开机时启动付款红绿灯？' })).toBeNull()
  })

  it('is not shown when start at login is on already, or cannot be changed', async () => {
    await start({ enabled: true, needsApproval: false, canChange: true })
    await screen.findByRole('tab', { name: '状态' })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(screen.queryByRole('region', { name: '开机时启动付款红绿灯？' })).toBeNull()
  })
})
