import { createSenderGuard, registerHandlers } from '../../../../src/main/ipc-handlers'
import type { IpcServices } from '../../../../src/shared/ipc'
import { createFakeElectron } from '../../../support/fake-electron/fake-electron-core.mjs'

// The fake Electron the glue's tests and the bundle smoke test run against keeps Electron's own
// rules, so a glue change that breaks one fails here instead of on a user's machine.
describe('the fake Electron keeps the ready order', () => {
  it('throws for what needs ready when used before it', () => {
    const { electron } = createFakeElectron()
    expect(() => new electron.Tray('/icon.png')).toThrow('Cannot create Tray before app is ready')
    expect(() => new electron.BrowserWindow({})).toThrow(
      'Cannot create BrowserWindow before app is ready',
    )
    expect(() => electron.protocol.handle('app', async () => new Response(''))).toThrow(
      /before app is ready/,
    )
    expect(() => electron.session.defaultSession).toThrow(
      /Session can only be received when app is ready/,
    )
    expect(() => electron.session.fromPartition('paylight-checks')).toThrow(/when app is ready/)
  })

  it('throws for what must come before ready when used after it', async () => {
    const { electron } = createFakeElectron()
    electron.app.enableSandbox()
    electron.protocol.registerSchemesAsPrivileged([{ scheme: 'app' }])
    await electron.app.whenReady()
    expect(() => electron.app.enableSandbox()).toThrow(
      'app.enableSandbox() can only be called before app is ready',
    )
    expect(() => electron.protocol.registerSchemesAsPrivileged([{ scheme: 'app' }])).toThrow(
      'protocol.registerSchemesAsPrivileged can only be called before app is ready',
    )
    expect(new electron.Tray('/icon.png').images).toEqual(['/icon.png'])
  })

  it('is ready only after the main script ran, never synchronously', async () => {
    const { electron, control } = createFakeElectron()
    const ready = electron.app.whenReady()
    expect(control.isReady()).toBe(false)
    await ready
    expect(control.isReady()).toBe(true)
  })
})

describe('the fake ipcMain', () => {
  it('refuses a second handler on one channel, as Electron does', () => {
    const { electron, control } = createFakeElectron()
    const services = Object.fromEntries(
      ['getState'].map((name) => [name, () => ({})]),
    ) as unknown as IpcServices
    const guard = createSenderGuard(() => true, ['app://paylight'])
    registerHandlers(
      (channel, listener) => electron.ipcMain.handle(channel, listener),
      services,
      guard,
    )
    expect(control.handlers.has('paylight:get-state')).toBe(true)
    expect(() =>
      registerHandlers(
        (channel, listener) => electron.ipcMain.handle(channel, listener),
        services,
        guard,
      ),
    ).toThrow("Attempted to register a second handler for 'paylight:get-state'")
  })
})

describe('the fake keeps handlers and lets tests emit the OS events', () => {
  it('delivers theme, power, second-instance and notification events to their listeners', async () => {
    const { electron, control } = createFakeElectron({ platform: 'linux' })
    const seen: string[] = []
    electron.nativeTheme.on('updated', () =>
      seen.push(`theme:${electron.nativeTheme.shouldUseDarkColors}`),
    )
    electron.powerMonitor.on('resume', () => seen.push('resume'))
    electron.app.on('second-instance', () => seen.push('second-instance'))
    await electron.app.whenReady()
    const n = new electron.Notification({ title: 't' })
    n.on('click', () => seen.push('notification-click'))
    control.setTheme(true)
    control.resume()
    control.secondInstance()
    control.clickNotification(n)
    expect(seen).toEqual(['theme:true', 'resume', 'second-instance', 'notification-click'])
  })
})
