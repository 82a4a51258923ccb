import { createSenderGuard, registerHandlers } from '../../../../src/main/ipc-handlers'
import type { IpcServices } from '../../../../src/shared/contract/ipc'
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

describe('the fake keeps the documented behaviour the app depends on', () => {
  it('app.quit: before-quit, then each window closes (a prevented close cancels), will-quit, quit', async () => {
    const { electron, control } = createFakeElectron({ platform: 'linux' })
    await electron.app.whenReady()
    const window = new electron.BrowserWindow({})
    let keep = true
    window.on('close', (event: { preventDefault(): void }) => keep && event.preventDefault())
    const seen: string[] = []
    for (const name of ['before-quit', 'will-quit', 'quit'])
      electron.app.on(name, () => seen.push(name))
    electron.app.quit()
    expect(seen).toEqual(['before-quit'])
    await new Promise((resolve) => setImmediate(resolve))
    expect(control.record.quitSteps).toEqual(['before-quit', 'close:prevented'])
    expect(seen).toEqual(['before-quit'])
    keep = false
    electron.app.quit()
    await new Promise((resolve) => setImmediate(resolve))
    expect(window.destroyed).toBe(true)
    expect(seen).toEqual(['before-quit', 'before-quit', 'will-quit', 'quit'])
  })

  it('Linux never reports a notification as failed; macOS and Windows do', async () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const { electron } = createFakeElectron({ platform, notifications: 'failing' })
      const n = new electron.Notification({ title: 't' })
      const events: string[] = []
      for (const name of ['show', 'failed']) n.on(name, () => events.push(name))
      n.show()
      await new Promise((resolve) => setImmediate(resolve))
      expect([platform, events]).toEqual([platform, platform === 'linux' ? [] : ['failed']])
    }
  })

  it('a click on a macOS tray with a menu pops the menu up and emits no click', async () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const { electron, control } = createFakeElectron({ platform })
      await electron.app.whenReady()
      const tray = new electron.Tray('/icon.png')
      tray.setContextMenu([{ label: 'Quit' }])
      const clicks = vi.fn()
      tray.on('click', clicks)
      control.clickTray(tray)
      expect([platform, clicks.mock.calls.length, tray.menuPopups]).toEqual(
        platform === 'darwin' ? [platform, 0, 1] : [platform, 1, 0],
      )
    }
  })

  it('a tray image path that cannot be read is an empty icon, not an error', async () => {
    const { electron } = createFakeElectron()
    await electron.app.whenReady()
    const tray = new electron.Tray('/no/such/icon.png')
    expect(tray.iconEmpty).toBe(true)
    tray.setImage('resources/tray/grey-light.png')
    expect(tray.iconEmpty).toBe(false)
  })

  it('IPC payloads and replies are structured-cloned: a function fails, a class instance loses its class', async () => {
    const { electron, control } = createFakeElectron()
    await electron.app.whenReady()
    class Card {
      constructor(readonly bin: string) {}
      masked() {
        return `${this.bin}…`
      }
    }
    let received: unknown = null
    electron.ipcMain.handle('paylight:probe', (_event, payload) => {
      received = payload
      return { ok: true }
    })
    await expect(control.invoke('paylight:probe', new Card('424242'), {})).resolves.toEqual({
      ok: true,
    })
    expect(received).toEqual({ bin: '424242' })
    expect(received).not.toBeInstanceOf(Card)
    await expect(control.invoke('paylight:probe', { run: () => 1 }, {})).rejects.toThrow(
      'An object could not be cloned.',
    )
    const window = new electron.BrowserWindow({})
    expect(() => window.webContents.send('paylight:state', { later: () => 1 })).toThrow(
      'Failed to serialize arguments',
    )
  })
})
