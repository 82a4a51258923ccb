import {
  checkForUpdatesFromMenu,
  setupAppMenu,
  updateResultBox,
} from '../../../../src/main/setup/setup-menus'
import type { UpdateStatus } from '../../../../src/shared/contract/desktop'
import type { AppState } from '../../../../src/shared/contract/app-state'
import { sampleAppState } from '../../../support/app-state'
import { createFakeElectron } from '../../../support/fake-electron/fake-electron-core.mjs'

type Item = { label?: string; role?: string; submenu?: Item[] }
const labels = (menu: unknown) => (menu as Item[]).map((m) => m.label)

describe('the application menu', () => {
  it('is set at once in the language in effect, and again only when the language changes', () => {
    const { electron, control } = createFakeElectron({ platform: 'linux' })
    let state: AppState = sampleAppState(Date.now())
    let listener: ((s: AppState) => void) | null = null
    const about = vi.fn()
    setupAppMenu(electron as never, {
      platform: 'linux',
      development: false,
      state: () => state,
      subscribe: (fn) => {
        listener = fn
        return () => (listener = null)
      },
      checkForUpdates: vi.fn(),
      about,
    })
    expect(control.record.applicationMenus.map(labels)).toEqual([['文件', '编辑', '帮助']])
    listener!({ ...state, revision: state.revision + 1 })
    expect(control.record.applicationMenus).toHaveLength(1)
    state = { ...state, lang: 'en', revision: state.revision + 2 }
    listener!(state)
    expect(control.record.applicationMenus.map(labels)).toEqual([
      ['文件', '编辑', '帮助'],
      ['File', 'Edit', 'Help'],
    ])
    const help = (control.record.applicationMenu as Item[]).find((m) => m.label === 'Help')
    ;(help?.submenu?.[0] as { click?: () => void }).click?.()
    expect(about).toHaveBeenCalledTimes(1)
  })
})

describe('"检查更新 / Check for updates" from a menu', () => {
  it('runs the check and says where updates stand in a message box, in the user’s language', async () => {
    const { electron, control } = createFakeElectron({ platform: 'darwin' })
    const status: UpdateStatus = { kind: 'up-to-date', checkedAt: '2026-11-26T10:00:00.000Z' }
    const check = vi.fn(async () => status)
    const run = checkForUpdatesFromMenu(electron as never, { check, lang: () => 'en' })
    await run()
    expect(check).toHaveBeenCalledTimes(1)
    expect(control.record.messageBoxes).toEqual([
      {
        type: 'info',
        title: 'Check for Updates',
        message: 'PayLight is up to date',
        buttons: ['OK'],
        noLink: true,
      },
    ])
  })

  it('runs one check at a time however often the item is clicked', async () => {
    const { electron, control } = createFakeElectron({ platform: 'linux' })
    let answer: (s: UpdateStatus) => void = () => undefined
    const check = vi.fn(() => new Promise<UpdateStatus>((resolve) => (answer = resolve)))
    const run = checkForUpdatesFromMenu(electron as never, { check, lang: () => 'zh' })
    const first = run()
    const second = run()
    answer({ kind: 'not-configured' })
    await Promise.all([first, second])
    expect(check).toHaveBeenCalledTimes(1)
    expect(control.record.messageBoxes.map((b) => b['message'])).toEqual([
      '此版本没有配置更新来源，不会检查更新',
    ])
  })

  it('warns when the check failed', () => {
    const box = updateResultBox(
      { kind: 'failed', checkedAt: '2026-11-26T10:00:00.000Z', error: 'net::ERR' },
      'zh',
    )
    expect(box).toMatchObject({ type: 'warning', message: '检查更新失败，稍后会再试' })
  })
})
