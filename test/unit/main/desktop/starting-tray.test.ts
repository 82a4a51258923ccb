import { showStartingTray, SLOW_UNLOCK_MS } from '../../../../src/main/desktop/starting-tray'
import { setLogSink, type LogEntry } from '../../../../src/shared/util/logger'
import { realTimers } from '../../../../src/shared/monitor/timers'
import { createFakeElectron } from '../../../support/fake-electron/fake-electron-core.mjs'

describe('the tray while the keychain unlocks the profile', () => {
  it('is there at once, grey, saying it is unlocking the card profile, and can quit', async () => {
    const { electron } = createFakeElectron({ platform: 'linux' })
    await electron.app.whenReady()
    const tray = new electron.Tray('resources/tray/grey-light.png')
    const quit = vi.fn()
    const starting = showStartingTray({
      tray: tray as never,
      buildMenu: (t) => electron.Menu.buildFromTemplate(t) as never,
      lang: 'zh',
      quit,
      timers: realTimers,
    })
    starting.ready()
    expect(tray.iconEmpty).toBe(false)
    expect(tray.tooltips).toEqual(['付款红绿灯 · 正在解锁卡片资料…'])
    const menu = tray.menus.at(-1) ?? []
    expect(menu[0]).toMatchObject({ label: '正在解锁卡片资料…', enabled: false })
    menu.find((i) => i.label === '退出')?.click?.()
    expect(quit).toHaveBeenCalledTimes(1)
  })

  it('logs a keychain that holds start-up, and stops waiting once the services are up', async () => {
    vi.useFakeTimers()
    onTestFinished(() => {
      vi.useRealTimers()
    })
    const logs: LogEntry[] = []
    setLogSink((e) => logs.push(e), 'info')
    const tray = { setToolTip: vi.fn(), setContextMenu: vi.fn() }
    const options = {
      tray,
      buildMenu: (t: unknown) => t as never,
      lang: 'en' as const,
      quit: vi.fn(),
      timers: realTimers,
    }
    showStartingTray(options)
    expect(tray.setToolTip).toHaveBeenCalledWith('PayLight · Unlocking your card profile…')
    vi.advanceTimersByTime(SLOW_UNLOCK_MS)
    expect(logs.map((l) => l.message)).toEqual([
      'still waiting for the keychain to unlock the card profile',
    ])
    showStartingTray(options).ready()
    vi.advanceTimersByTime(SLOW_UNLOCK_MS)
    expect(logs).toHaveLength(1)
  })
})
