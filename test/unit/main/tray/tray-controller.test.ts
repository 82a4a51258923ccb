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
  checking: false,
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

  it('offers Resume while paused and disables Check now while checking', () => {
    const items = trayMenuTemplate({ ...view, paused: true, checking: true }, 'zh', actions)
    expect(items.find((i) => i.label === '恢复监测')).toBeDefined()
    expect(items.find((i) => i.label === '正在检查…')?.enabled).toBe(false)
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
  it('sets the icon only when the light changes, and the tooltip every time', () => {
    const { tray, calls } = fakeTray()
    const controller = createTrayController({
      tray,
      buildMenu: (t) => t as never,
      iconFor: (light) => `/icons/${light}.png`,
      actions: trayActions(),
    })
    controller.render(view, 'zh')
    controller.render({ ...view, tooltip: 'again' }, 'zh')
    controller.render({ ...view, light: 'red' }, 'zh')
    expect(calls.filter((c) => c.startsWith('image:'))).toEqual([
      'image:/icons/grey.png',
      'image:/icons/red.png',
    ])
    expect(calls.filter((c) => c.startsWith('tooltip:'))).toHaveLength(3)
    expect(calls.filter((c) => c === 'menu')).toHaveLength(1)
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
