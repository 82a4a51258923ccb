import type { MenuItemConstructorOptions } from 'electron'
import { appMenuTemplate } from '../../../../src/main/desktop/app-menu'
import { createFakeElectron } from '../../../support/fake-electron/fake-electron-core.mjs'

const actions = { checkForUpdates: vi.fn(), about: vi.fn() }
const flat = (items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flat(i.submenu) : [])])
const roles = (items: readonly MenuItemConstructorOptions[]) =>
  flat(items).flatMap((i) => (i.role ? [i.role] : []))

describe('the application menu', () => {
  it('macOS: app menu, Edit for copy and paste, Window — no developer tools in production', () => {
    const menu = appMenuTemplate('darwin', 'zh', { development: false, actions })
    expect(menu.map((m) => m.label)).toEqual(['付款红绿灯', '编辑', '窗口'])
    expect(roles(menu)).toEqual(
      expect.arrayContaining([
        'quit',
        'hide',
        'copy',
        'paste',
        'cut',
        'selectAll',
        'undo',
        'minimize',
        'close',
      ]),
    )
    expect(roles(menu)).not.toContain('toggleDevTools')
    expect(roles(menu)).not.toContain('reload')
  })

  it('Windows and Linux: File (Ctrl+Q quits, Ctrl+W closes) and Edit, About under Help', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const menu = appMenuTemplate(platform, 'en', { development: false, actions })
      expect(menu.map((m) => m.label)).toEqual(['File', 'Edit', 'Help'])
      const quit = flat(menu).find((i) => i.role === 'quit')
      expect(quit).toMatchObject({ label: 'Quit', accelerator: 'CmdOrCtrl+Q' })
      expect(roles(menu)).not.toContain('toggleDevTools')
    }
  })

  it('reload and developer tools only in development', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const)
      expect(roles(appMenuTemplate(platform, 'en', { development: true, actions }))).toEqual(
        expect.arrayContaining(['reload', 'toggleDevTools']),
      )
  })

  it('"Check for Updates" and "About" run their actions; every label is in the chosen language', async () => {
    const menu = appMenuTemplate('linux', 'zh', { development: false, actions })
    const items = flat(menu)
    items.find((i) => i.label === '检查更新…')?.click?.(null as never, undefined, null as never)
    items
      .find((i) => i.label === '关于付款红绿灯')
      ?.click?.(null as never, undefined, null as never)
    expect(actions.checkForUpdates).toHaveBeenCalledTimes(1)
    expect(actions.about).toHaveBeenCalledTimes(1)
    const labels = items.flatMap((i) => (i.label ? [i.label] : []))
    expect(labels.filter((l) => /[A-Za-z]/.test(l))).toEqual([])
    const { electron, control } = createFakeElectron({ platform: 'linux' })
    electron.Menu.setApplicationMenu(electron.Menu.buildFromTemplate(menu))
    expect(control.record.applicationMenu).toBe(menu)
  })
})
