import { setupStartingTray } from '../../../../src/main/tray/setup-starting-tray'
import { setupTray } from '../../../../src/main/tray/setup-tray'
import { realTimers } from '../../../../src/shared/monitor/timers'
import type { AppState } from '../../../../src/shared/contract/app-state'
import { sampleAppState } from '../../../support/app-state'
import { createFakeElectron } from '../../../support/fake-electron/fake-electron-core.mjs'

/** The starting tray over the fake Electron, as index.ts makes it once the app is ready. */
async function startTray(platform: NodeJS.Platform, locale?: string) {
  const { electron, control } = createFakeElectron({ platform, ...(locale ? { locale } : {}) })
  await electron.app.whenReady()
  const deps = { run: async () => '', resourcesDir: '/res', platform, timers: realTimers }
  const { icon, starting } = setupStartingTray(electron as never, deps)
  onTestFinished(() => starting.ready())
  return { electron, control, icon, starting, deps }
}

describe('the tray at start-up', () => {
  it('is there before the services: grey, saying the card profile is unlocking, and Quit works', async () => {
    const { control, icon } = await startTray('linux', 'en-GB')
    const tray = control.record.trays[0]!
    expect(icon.tray).toBe(tray)
    expect(tray.images).toEqual(['/res/tray/grey-light.png'])
    expect(tray.tooltips).toEqual(['PayLight · Unlocking your card profile…'])
    const menu = tray.menus.at(-1) ?? []
    expect(menu.map((i) => i.label)).toEqual(['Unlocking your card profile…', undefined, 'Quit'])
    menu.at(-1)?.click?.()
    expect(control.record.quitCalls).toBe(1)
  })

  it('is taken over by the app’s tray view once the services exist, with "检查更新…" in its menu', async () => {
    const { electron, control, icon, starting, deps } = await startTray('win32')
    starting.ready()
    const state: AppState = sampleAppState(Date.now())
    const checkForUpdates = vi.fn()
    setupTray(electron as never, {
      ...deps,
      icon,
      services: { ipc: {} as never, state: () => state, subscribe: () => () => undefined },
      openWindow: vi.fn(),
      checkForUpdates,
      now: Date.now,
    })
    expect(control.record.trays).toHaveLength(1)
    const menu = control.record.trays[0]!.menus.at(-1) ?? []
    expect(menu.map((i) => i.label).slice(-2)).toEqual(['检查更新…', '退出'])
    menu.find((i) => i.label === '检查更新…')?.click?.()
    expect(checkForUpdates).toHaveBeenCalledTimes(1)
  })
})
