import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { setupMainWindow } from '../../../../src/main/setup/setup-main-window'
import { WINDOW_STATE_FILE } from '../../../../src/main/desktop/window-state'
import { eventChannels, invokeChannels } from '../../../../src/shared/contract/ipc'
import type { AppState } from '../../../../src/shared/contract/app-state'
import { sampleAppState } from '../../../support/app-state'
import {
  createFakeElectron,
  type FakeDisplay,
} from '../../../support/fake-electron/fake-electron-core.mjs'
import { useTempDirs } from '../../../support/temp-dirs'

const tempDir = useTempDirs('paylight-main-window-')
const pause = () => new Promise((resolve) => setTimeout(resolve, 50))

/** The window and its IPC over the fake Electron, with services that record what they serve. */
async function setup(
  platform: NodeJS.Platform,
  options: { displays?: FakeDisplay[]; userData?: string } = {},
) {
  const userData = options.userData ?? tempDir()
  const { electron, control } = createFakeElectron({
    platform,
    userData,
    ...(options.displays ? { displays: options.displays } : {}),
  })
  await electron.app.whenReady()
  let listener: ((state: AppState) => void) | null = null
  const requested: string[] = []
  const services = {
    ipc: Object.fromEntries(
      Object.keys(invokeChannels).map((name) => [name, async () => ({ served: name })]),
    ) as never,
    subscribe: (fn: (state: AppState) => void) => {
      listener = fn
      return () => (listener = null)
    },
    notices: {
      requestPage: (page: string) => void requested.push(page),
      clearRequestedPage: () => undefined,
    },
  }
  const made = await setupMainWindow(electron as never, {
    platform,
    services: services as never,
    lang: () => 'en',
    preload: '/app/out/preload/index.cjs',
    devServerUrl: undefined,
    trustedOrigins: ['app://paylight'],
  })
  return { ...made, electron, control, userData, requested, push: (s: AppState) => listener?.(s) }
}

describe('setupMainWindow', () => {
  it('serves every channel only to its own window, and pushes each state to it', async () => {
    const { openWindow, control, push } = await setup('linux')
    expect(control.record.ipcChannels.sort()).toEqual(Object.values(invokeChannels).sort())
    openWindow()
    const window = control.record.windows[0]!
    expect(window.url).toBe('app://paylight/index.html')
    expect(window.options['title']).toBe('PayLight')
    const ours = { sender: { id: window.webContents.id }, senderFrame: { url: 'app://paylight/' } }
    await expect(control.invoke(invokeChannels.getState, undefined, ours)).resolves.toEqual({
      served: 'getState',
    })
    const stranger = { sender: { id: 999 }, senderFrame: { url: 'app://paylight/' } }
    await expect(control.invoke(invokeChannels.getState, undefined, stranger)).resolves.toEqual({
      rejected: 'untrusted-sender',
    })
    const state = sampleAppState(Date.now())
    push(state)
    expect(window.sent).toEqual([{ channel: eventChannels.state, payload: state }])
  })

  it('opens on a page when asked', async () => {
    const { openWindow, requested } = await setup('linux')
    openWindow('settings')
    expect(requested).toEqual(['settings'])
  })

  it('reopens where it closed, on that display, and closes on a plain Esc', async () => {
    const displays: FakeDisplay[] = [
      {
        id: 1,
        bounds: { x: 0, y: 0, width: 1920, height: 1080 },
        workArea: { x: 0, y: 0, width: 1920, height: 1040 },
      },
      {
        id: 2,
        bounds: { x: 1920, y: 0, width: 1280, height: 1024 },
        workArea: { x: 1920, y: 0, width: 1280, height: 1000 },
      },
    ]
    const first = await setup('win32', { displays })
    first.openWindow()
    const window = first.control.record.windows[0]!
    window.setBounds({ x: 2000, y: 100, width: 700, height: 800 })
    window.webContents.emit(
      'before-input-event',
      {},
      { type: 'keyDown', key: 'Escape', isComposing: true },
    )
    expect(window.destroyed).toBe(false)
    window.webContents.emit('before-input-event', {}, { type: 'keyDown', key: 'Escape' })
    expect(window.destroyed).toBe(true)
    await pause()
    const saved = JSON.parse(readFileSync(path.join(first.userData, WINDOW_STATE_FILE), 'utf8'))
    expect(saved).toMatchObject({
      displayId: 2,
      bounds: { x: 2000, y: 100, width: 700, height: 800 },
    })
    // The next start reads the place back.
    const next = await setup('win32', { displays, userData: first.userData })
    next.openWindow()
    expect(next.control.record.windows[0]?.bounds).toEqual({
      x: 2000,
      y: 100,
      width: 700,
      height: 800,
    })
  })

  it('takes the focus from the app in front on macOS when opened', async () => {
    const { openWindow, control } = await setup('darwin')
    openWindow()
    await pause()
    openWindow()
    expect(control.record.appCalls).toContain('focus:{"steal":true}')
  })

  it('ignores a saved place that is not its own file format', async () => {
    const userData = tempDir()
    writeFileSync(path.join(userData, WINDOW_STATE_FILE), '{"bounds":"everywhere"}')
    const { electron, control } = createFakeElectron({ platform: 'linux', userData })
    await electron.app.whenReady()
    const { openWindow } = await setupMainWindow(electron as never, {
      platform: 'linux',
      services: {
        ipc: {} as never,
        subscribe: () => () => undefined,
        notices: { requestPage: () => undefined, clearRequestedPage: () => undefined } as never,
      },
      lang: () => 'zh',
      preload: '/p.cjs',
      devServerUrl: 'http://localhost:5173/',
      trustedOrigins: ['app://paylight', 'http://localhost:5173'],
    })
    openWindow()
    expect(control.record.windows[0]).toMatchObject({
      url: 'http://localhost:5173/',
      bounds: { width: 980, height: 760 },
    })
  })
})
