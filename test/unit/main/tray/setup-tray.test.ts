import { setupTray } from '../../../../src/main/tray/setup-tray'
import type { AppState } from '../../../../src/shared/contract/app-state'
import type { NoticeRecord } from '../../../../src/shared/contract/notices'
import { sampleAppState } from '../../../support/app-state'
import { createFakeElectron } from '../../../support/fake-electron/fake-electron-core.mjs'

/** The tray as index.ts sets it up, over the fake Electron's Tray, nativeTheme and menus. */
async function setup(platform: NodeJS.Platform, regOutput: () => Promise<string> = async () => '') {
  const { electron, control } = createFakeElectron({ platform })
  await electron.app.whenReady()
  let listener: ((s: AppState) => void) | null = null
  let current = sampleAppState(Date.now())
  const ipc = {
    checkNow: vi.fn(async () => ({ ok: true })),
    setPaused: vi.fn(async () => ({ ok: true })),
  }
  const openWindow = vi.fn()
  const view = setupTray(
    {
      Tray: electron.Tray,
      Menu: electron.Menu as never,
      nativeTheme: electron.nativeTheme,
      app: electron.app,
    },
    {
      run: regOutput,
      resourcesDir: '/res',
      platform,
      services: {
        ipc: ipc as never,
        state: () => current,
        subscribe: (fn) => {
          listener = fn
          return () => (listener = null)
        },
      },
      openWindow,
      now: Date.now,
    },
  )
  const tray = control.record.trays[0]!
  // Lets the first taskbar read (Windows) finish and repaint, as it does right after start-up.
  await new Promise((resolve) => setImmediate(resolve))
  const push = (next: AppState) => {
    current = next
    listener?.(next)
  }
  const menu = () => tray.menus.at(-1) ?? []
  const click = (label: string) =>
    menu()
      .find((i) => i.label === label)
      ?.click?.()
  return {
    tray,
    control,
    view,
    push,
    menu,
    click,
    ipc,
    openWindow,
    listening: () => listener !== null,
  }
}

const undelivered: NoticeRecord = {
  id: 'x-1',
  title: { zh: '出口国家变了', en: 'Exit country changed' },
  body: { zh: '商户：美国 US → 日本 JP', en: 'Merchant: United States US → Japan JP' },
  page: 'status',
  at: new Date().toISOString(),
  delivered: false,
}

describe('setupTray', () => {
  it('makes one Tray, with the icon for the bar it sits on, and holds it (a collected one vanishes)', async () => {
    const { tray, view, control } = await setup('linux')
    expect(control.record.trays).toHaveLength(1)
    expect(view.tray).toBe(tray)
    expect(tray.images[0]).toBe('/res/tray/grey-light.png')
    expect(tray.images.at(-1)).toBe('/res/tray/red-light.png')
  })

  it('re-applies the icon when the system theme changes (Linux and macOS follow nativeTheme)', async () => {
    const { tray, control } = await setup('linux')
    expect(tray.images.at(-1)).toBe('/res/tray/red-light.png')
    control.setTheme(true)
    await vi.waitFor(() => expect(tray.images.at(-1)).toBe('/res/tray/red-dark.png'))
    control.setTheme(false)
    await vi.waitFor(() => expect(tray.images.at(-1)).toBe('/res/tray/red-light.png'))
  })

  it('on Windows follows the taskbar theme read from the registry, re-read on each theme change', async () => {
    let light = '0x0'
    const reg = vi.fn(async () => `\r\n    SystemUsesLightTheme    REG_DWORD    ${light}\r\n`)
    const { tray, control } = await setup('win32', reg)
    expect(tray.images.at(-1)).toBe('/res/tray/red-dark.ico')
    // The app theme turns light, the taskbar stays dark: the icon stays the dark-bar one.
    control.setTheme(false)
    await vi.waitFor(() => expect(reg).toHaveBeenCalledTimes(2))
    expect(tray.images.at(-1)).toBe('/res/tray/red-dark.ico')
    light = '0x1'
    control.setTheme(true)
    await vi.waitFor(() => expect(tray.images.at(-1)).toBe('/res/tray/red-light.ico'))
  })

  it('on macOS binds no click: a left click opens the menu, never the window', async () => {
    const { tray, control, openWindow } = await setup('darwin')
    expect(tray.listenerCount('click')).toBe(0)
    control.clickTray()
    expect(openWindow).not.toHaveBeenCalled()
  })

  it('on Windows and Linux a click on the icon opens the window', async () => {
    for (const platform of ['win32', 'linux'] as const) {
      const { control, openWindow } = await setup(platform)
      control.clickTray()
      expect(openWindow).toHaveBeenCalledTimes(1)
    }
  })

  it('on macOS titles the menu bar with the payment exit country, only there', async () => {
    const mac = await setup('darwin')
    expect(mac.tray.titles).toEqual(['US'])
    const linux = await setup('linux')
    expect(linux.tray.titles).toEqual([])
    const windows = await setup('win32')
    expect(windows.tray.titles).toEqual([])
    // The fake enforces Electron's @platform darwin: a call elsewhere would have thrown.
    expect(() => linux.tray.setTitle('US')).toThrow(/macOS only/)
  })

  it('on Windows fits the tooltip in 127 UTF-16 units, next step first, light and headline next', async () => {
    const { tray, push } = await setup('win32')
    const state = sampleAppState(Date.now(), 'en')
    const long = 'Your IPv6 exit is in China CN, not the billing country United States US. '
    const findings = state.verdict.findings.map((f) => ({
      ...f,
      headline: { zh: long.repeat(3), en: long.repeat(3) },
    }))
    push({ ...state, verdict: { ...state.verdict, findings } })
    const tooltip = tray.tooltips.at(-1) ?? ''
    expect(tooltip.length).toBeLessThanOrEqual(127)
    const [first, second] = tooltip.split('\n')
    expect(first).toBe('Next step: Adjust VPN and region')
    expect(second).toMatch(/^PayLight · Red · Your IPv6 exit is in China CN, .*…$/)
  })

  it('leads tooltip and menu with the next step, which opens the checklist', async () => {
    const { tray, menu, click, openWindow } = await setup('linux')
    expect(tray.tooltips.at(-1)?.split('\n')[0]).toBe('下一步：调整 VPN 与地区')
    expect(menu()[0]?.label).toBe('下一步：调整 VPN 与地区')
    expect(menu()[1]?.label).toBe('红灯 · IPv6 出口在中国')
    click('下一步：调整 VPN 与地区')
    expect(openWindow).toHaveBeenCalledWith('checklist')
  })

  it('shows the newest undelivered notice as a disabled first menu item', async () => {
    const { menu, push } = await setup('linux')
    push({ ...sampleAppState(Date.now()), notices: [undelivered] })
    expect(menu()[0]).toMatchObject({ label: '提醒：出口国家变了', enabled: false })
    push({ ...sampleAppState(Date.now()), notices: [{ ...undelivered, delivered: true }] })
    expect(menu()[0]?.label).toBe('下一步：调整 VPN 与地区')
  })

  it('acts through the same services the window calls, and stops following state when stopped', async () => {
    const { click, ipc, view, listening } = await setup('linux')
    click('立即检查')
    click('暂停监测')
    expect(ipc.checkNow).toHaveBeenCalledTimes(1)
    expect(ipc.setPaused).toHaveBeenCalledWith(true)
    view.stop()
    expect(listening()).toBe(false)
  })
})
