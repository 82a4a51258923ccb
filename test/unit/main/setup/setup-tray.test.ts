import type { Menu, MenuItemConstructorOptions } from 'electron'
import { setupTray } from '../../../../src/main/setup/setup-tray'
import type { AppState } from '../../../../src/shared/app-state'
import { sampleAppState } from '../../../support/app-state'

function setup() {
  const calls: string[] = []
  let menu: MenuItemConstructorOptions[] = []
  let listener: ((s: AppState) => void) | null = null
  let current = sampleAppState(Date.now())
  const ipc = {
    checkNow: vi.fn(async () => ({ ok: true })),
    setPaused: vi.fn(async () => ({ ok: true })),
  }
  const openWindow = vi.fn()
  const tray = setupTray({
    tray: {
      setImage: (image) => void calls.push(`image:${String(image)}`),
      setToolTip: (text) => void calls.push(`tooltip:${text}`),
      setContextMenu: () => void calls.push('menu'),
      on: (_event, fn) => {
        calls.push('on-click')
        fn()
      },
    },
    buildMenu: (template) => {
      menu = template
      return {} as Menu
    },
    iconFor: (light) => `icon-${light}.png`,
    platform: 'linux',
    services: {
      ipc: ipc as never,
      state: () => current,
      subscribe: (fn) => {
        listener = fn
        return () => (listener = null)
      },
    },
    openWindow,
    quit: vi.fn(),
    now: Date.now,
  })
  const push = (next: AppState) => {
    current = next
    listener?.(next)
  }
  return {
    tray,
    calls,
    menu: () => menu,
    ipc,
    push,
    openWindow,
    listening: () => listener !== null,
  }
}

describe('setupTray', () => {
  it('follows every pushed state: icon for the light, tooltip and menu', () => {
    const { calls, push, tray } = setup()
    tray.render()
    expect(calls).toContain('image:icon-grey.png')
    push(sampleAppState(Date.now(), 'en'))
    expect(calls.filter((c) => c.startsWith('tooltip:')).at(-1)).toContain('PayLight')
  })

  it('acts through the same services the window calls', () => {
    const { menu, ipc, tray } = setup()
    tray.render()
    const item = (label: string) => menu().find((i) => i.label === label)
    item('立即检查')?.click?.({} as never, undefined, {} as never)
    item('暂停监测')?.click?.({} as never, undefined, {} as never)
    expect(ipc.checkNow).toHaveBeenCalledTimes(1)
    expect(ipc.setPaused).toHaveBeenCalledWith(true)
  })

  it('opens the window on a click and stops following state when stopped', () => {
    const { openWindow, tray, listening } = setup()
    expect(openWindow).toHaveBeenCalledTimes(1)
    tray.stop()
    expect(listening()).toBe(false)
  })
})
