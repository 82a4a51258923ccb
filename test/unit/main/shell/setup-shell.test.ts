import { TOAST_ACTIVATOR_CLSID } from '../../../../src/main/setup/windows-toasts'
import { setupShell, trustedOrigins } from '../../../../src/main/shell/setup-shell'
import type { GuardedContents } from '../../../../src/main/shell/web-guards'
import { createFakeElectron } from '../../../support/fake-electron/fake-electron-core.mjs'

/** The shell over the fake Electron, which throws when something comes before or after `ready`. */
function start(platform: NodeJS.Platform, singleInstanceLock = true) {
  const { electron, control } = createFakeElectron({ platform, singleInstanceLock })
  const shell = setupShell(electron, {
    platform,
    rendererDir: '/app/out/renderer',
    trustedOrigins: ['app://paylight'],
  })
  return { shell, electron, control }
}

/** Web contents that record what the guards set on them. */
function fakeContents() {
  const events: string[] = []
  let opens: (() => { action: string }) | null = null
  const contents = {
    on: (event: string) => {
      events.push(event)
      return contents
    },
    setWindowOpenHandler: (handler: () => { action: string }) => {
      opens = handler
    },
  }
  return { contents: contents as unknown as GuardedContents, events, opens: () => opens?.() }
}

describe('setupShell', () => {
  it('sandboxes every renderer and registers app:// before ready, with the code cache', () => {
    const { control } = start('linux')
    expect(control.record.appCalls).toEqual(['enableSandbox'])
    expect(control.record.schemes).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ])
    expect(control.isReady()).toBe(false)
  })

  it('once ready serves app:// and denies every permission on the default session', async () => {
    const { shell, electron, control } = start('linux')
    if (!shell.primary) throw new Error('expected the first copy')
    await shell.ready
    expect(control.record.protocolHandlers.map((h) => h.scheme)).toEqual(['app'])
    expect(electron.session.defaultSession.permissionCheckHandler?.()).toBe(false)
    const answer = vi.fn()
    electron.session.defaultSession.permissionRequestHandler?.(null, 'geolocation', answer)
    expect(answer).toHaveBeenCalledWith(false)
  })

  it('keeps macOS out of the dock and gives Windows its notification id, nothing elsewhere', async () => {
    const seen: Record<string, string[]> = {}
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const { shell, control } = start(platform)
      if (shell.primary) await shell.ready
      seen[platform] = control.record.appCalls
    }
    expect(seen).toEqual({
      darwin: ['enableSandbox', 'dock.hide'],
      win32: [
        'enableSandbox',
        `setToastActivatorCLSID:${TOAST_ACTIVATOR_CLSID}`,
        'setAppUserModelId:app.paylight.desktop',
      ],
      linux: ['enableSandbox'],
    })
  })

  it('guards every web contents: no new windows, and navigation and webviews are watched', () => {
    const { electron } = start('linux')
    const { contents, events, opens } = fakeContents()
    electron.app.emit('web-contents-created', {}, contents)
    expect(opens()).toEqual({ action: 'deny' })
    expect(events).toEqual(['will-navigate', 'will-redirect', 'will-attach-webview'])
  })

  it('keeps running when the last window closes (a tray app)', async () => {
    const { shell, electron, control } = start('linux')
    if (!shell.primary) throw new Error('expected the first copy')
    await shell.ready
    electron.app.emit('window-all-closed')
    expect(control.record.quitCalls).toBe(0)
  })

  it('quits a second copy at once, before setting anything else up', () => {
    const { shell, electron, control } = start('linux', false)
    expect(shell.primary).toBe(false)
    expect(control.record.quitCalls).toBe(1)
    expect(electron.app.listenerCount('web-contents-created')).toBe(0)
    expect(electron.app.listenerCount('window-all-closed')).toBe(0)
  })
})

describe('trustedOrigins', () => {
  it('trusts app:// always, and the dev server only when one serves the renderer', () => {
    expect(trustedOrigins(undefined)).toEqual(['app://paylight'])
    expect(trustedOrigins('http://localhost:5173/index.html')).toEqual([
      'app://paylight',
      'http://localhost:5173',
    ])
  })
})
