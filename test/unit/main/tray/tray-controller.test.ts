import type { MenuItemConstructorOptions } from 'electron'
import {
  createTrayController,
  trayMenuTemplate,
  type TrayLike,
} from '../../../../src/main/tray/tray-controller'
import type { TrayView } from '../../../../src/shared/view/tray-view'

const view: TrayView = {
  light: 'grey',
  tooltip: '付款红绿灯 · 灰灯',
  exitLines: ['商户：104.28.41.17 美国 US (3/3)', 'IPv4：未观察到', 'IPv6：未观察到'],
  headline: '灰灯 · 还没有卡片资料',
  paused: false,
  paymentLines: [],
  urgent: false,
}

function fakeTray() {
  const calls: string[] = []
  const menus: MenuItemConstructorOptions[][] = []
  const tray = {
    setImage: (image) => void calls.push(`image:${String(image)}`),
    setToolTip: (text) => void calls.push(`tooltip:${text}`),
    setContextMenu: () => void calls.push('menu'),
  } satisfies TrayLike
  return { tray, calls, menus }
}

/** Every tray action as a spy. */
const trayActions = () => ({
  checkNow: vi.fn(),
  open: vi.fn(),
  openPage: vi.fn(),
  setPaused: vi.fn(),
  quit: vi.fn(),
  startSession: vi.fn(),
  declined: vi.fn(),
})

describe('trayMenuTemplate', () => {
  const actions = trayActions()

  it('shows the status lines, then Check now, Open, Pause and Quit', () => {
    const labels = trayMenuTemplate(view, 'en', actions).map((i) => i.label ?? i.type)
    expect(labels).toEqual([
      view.headline,
      ...view.exitLines,
      'separator',
      'Check now',
      'Ready to pay…',
      'I was declined…',
      'Open PayLight',
      'Pause monitoring',
      'separator',
      'Quit',
    ])
  })

  it('offers Resume while paused, and Check now always (a click during a check asks for another)', () => {
    const items = trayMenuTemplate({ ...view, paused: true }, 'zh', actions)
    expect(items.find((i) => i.label === '恢复监测')).toBeDefined()
    const checkNow = items.find((i) => i.label === '立即检查')
    expect(checkNow?.enabled).toBeUndefined()
    ;(checkNow?.click as () => void)()
    expect(actions.checkNow).toHaveBeenCalledTimes(1)
  })

  it('shows a running session and the cool-down above the exits, and starts a session', () => {
    const lines = ['准备付款中 · 已 3 分钟', '冷却中 · 还需等待 17 小时']
    const items = trayMenuTemplate({ ...view, paymentLines: lines }, 'zh', actions)
    expect(items.slice(0, 3).map((i) => i.label)).toEqual([view.headline, ...lines])
    ;(items.find((i) => i.label === '准备付款…')?.click as () => void)()
    expect(actions.startSession).toHaveBeenCalledTimes(1)
    ;(items.find((i) => i.label === '我的卡被拒了…')?.click as () => void)()
    expect(actions.declined).toHaveBeenCalledTimes(1)
  })

  it('wires the pause item to toggle', () => {
    const item = trayMenuTemplate(view, 'en', actions).find((i) => i.label === 'Pause monitoring')
    ;(item?.click as () => void)()
    expect(actions.setPaused).toHaveBeenCalledWith(true)
  })
})

describe('createTrayController', () => {
  const controllerOver = (tray: TrayLike, setTitle?: (title: string) => void) =>
    createTrayController({
      tray,
      buildMenu: (t) => t as never,
      iconFor: (light) => `/icons/${light}.png`,
      actions: trayActions(),
      ...(setTitle ? { setTitle } : {}),
    })

  it('touches the icon, the tooltip and the menu only when what each shows changed', () => {
    const { tray, calls } = fakeTray()
    const controller = controllerOver(tray)
    controller.render(view, 'zh')
    // The same view again (a state that changed elsewhere, say a check that found nothing new).
    controller.render({ ...view }, 'zh')
    controller.render({ ...view, tooltip: 'again' }, 'zh')
    controller.render({ ...view, tooltip: 'again', light: 'red' }, 'zh')
    expect(calls).toEqual([
      'image:/icons/grey.png',
      `tooltip:${view.tooltip}`,
      'menu',
      'tooltip:again',
      'image:/icons/red.png',
    ])
    controller.render({ ...view, tooltip: 'again', light: 'red', paused: true }, 'zh')
    controller.render({ ...view, tooltip: 'again', light: 'red', paused: true }, 'en')
    expect(calls.slice(5)).toEqual(['menu', 'menu'])
  })

  it('sets the menu-bar title only when it changes', () => {
    const { tray } = fakeTray()
    const titles: string[] = []
    const controller = controllerOver(tray, (t) => titles.push(t))
    const lead = { notice: null, nextStep: null, title: 'US' }
    controller.render(view, 'zh', lead)
    controller.render(view, 'zh', lead)
    controller.render(view, 'zh', { ...lead, title: 'JP' })
    expect(titles).toEqual(['US', 'JP'])
  })
})

describe('clipping the tooltip (Windows: 127 UTF-16 units)', () => {
  const lead = { notice: null, nextStep: 'Next step: 3.3 Adjust VPN and region', title: 'US' }
  const longView: TrayView = {
    ...view,
    light: 'red',
    tooltip: [
      'PayLight · Red: inconsistent, a payment now is likely to be declined — Your IPv6 exit is in China CN, not the billing country United States US',
      'Watching: OpenAI (ChatGPT / API)',
      'Merchant: 104.28.41.17 United States US (4/4)',
    ].join('\n'),
  }
  const render = (maxTooltip?: number) => {
    const { tray, calls } = fakeTray()
    const controller = createTrayController({
      tray,
      buildMenu: (t) => t as never,
      iconFor: (light) => `/icons/${light}.png`,
      actions: trayActions(),
      ...(maxTooltip ? { maxTooltip } : {}),
    })
    controller.render(longView, 'en', lead)
    return calls.filter((c) => c.startsWith('tooltip:')).map((c) => c.slice('tooltip:'.length))
  }

  it('leads with the next step, then as much of the light and its reason as fits', () => {
    const [tooltip] = render(127)
    expect(tooltip?.length).toBeLessThanOrEqual(127)
    const [first, second, ...rest] = tooltip?.split('\n') ?? []
    expect(first).toBe(lead.nextStep)
    expect(second).toMatch(/^PayLight · Red: inconsistent, .+…$/)
    expect(rest).toEqual([])
  })

  it('leaves the tooltip whole where the platform sets no limit', () => {
    expect(render()).toEqual([`${lead.nextStep}\n${longView.tooltip}`])
  })
})
