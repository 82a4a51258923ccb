import { setupWindow } from '../../../../src/main/setup/setup-window'
import { eventChannels } from '../../../../src/shared/ipc'
import { sampleAppState } from '../../../support/app-state'
import { createFakeElectron } from '../../../support/fake-electron/fake-electron-core.mjs'

async function setup(options: { keepOnClose?: boolean } = {}) {
  const { electron, control } = createFakeElectron({ platform: 'linux' })
  let quitting = false
  const window = setupWindow({
    BrowserWindow: electron.BrowserWindow as never,
    preload: '/app/preload/index.cjs',
    url: 'app://paylight/index.html',
    title: () => '付款红绿灯',
    keepOnClose: () => options.keepOnClose ?? false,
    quitting: () => quitting,
  })
  return {
    window,
    control,
    created: control.record.windows,
    ready: () => electron.app.whenReady(),
    quit: () => (quitting = true),
  }
}

describe('setupWindow', () => {
  it('cannot create its window before ready, as in Electron', async () => {
    const { window } = await setup()
    expect(() => window.open()).toThrow('Cannot create BrowserWindow before app is ready')
  })

  it('creates the window on demand, from app://, and brings an existing one to the front', async () => {
    const { window, created, ready } = await setup()
    await ready()
    window.open()
    expect(created).toHaveLength(1)
    expect(created[0]?.url).toBe('app://paylight/index.html')
    await new Promise((resolve) => setImmediate(resolve))
    expect(created[0]?.visible).toBe(true)
    created[0]?.minimize()
    window.open()
    expect(created).toHaveLength(1)
    expect(created[0]?.isMinimized()).toBe(false)
  })

  it('pushes state only to a window that exists, and forgets a closed one', async () => {
    const { window, created, ready } = await setup()
    await ready()
    const state = sampleAppState(Date.now())
    window.push(state)
    window.open()
    const first = created[0]!
    expect(window.isOurs(first.webContents.id)).toBe(true)
    window.push(state)
    expect(first.sent).toEqual([{ channel: eventChannels.state, payload: state }])
    first.close()
    expect(first.isDestroyed()).toBe(true)
    expect(window.exists()).toBe(false)
    expect(window.isOurs(first.webContents.id)).toBe(false)
    window.open()
    expect(created).toHaveLength(2)
  })

  it('where the tray is likely invisible, minimises on close instead, until the app quits', async () => {
    const { window, created, ready, quit } = await setup({ keepOnClose: true })
    await ready()
    window.open()
    const only = created[0]!
    only.close()
    expect(only).toMatchObject({ destroyed: false, minimized: true })
    expect(window.exists()).toBe(true)
    quit()
    only.close()
    expect(only.isDestroyed()).toBe(true)
    expect(window.exists()).toBe(false)
  })
})

describe('setupWindow with the desktop hooks', () => {
  it('hands each new window to onCreated before it shows, and brings it to the front the system way', async () => {
    const { electron, control } = createFakeElectron({ platform: 'darwin' })
    await electron.app.whenReady()
    const created: string[] = []
    const fronts: number[] = []
    const window = setupWindow({
      BrowserWindow: electron.BrowserWindow as never,
      preload: '/app/preload/index.cjs',
      url: 'app://paylight/index.html',
      title: () => 'PayLight',
      onCreated: (w) => created.push(`${(w as unknown as { visible: boolean }).visible}`),
      bringToFront: (w) => {
        fronts.push(w.webContents.id)
        w.show()
      },
    })
    window.open()
    expect(created).toEqual(['false'])
    await new Promise((resolve) => setImmediate(resolve))
    const first = control.record.windows[0]!
    expect(fronts).toEqual([first.webContents.id])
    window.open()
    expect(fronts).toEqual([first.webContents.id, first.webContents.id])
    expect(created).toHaveLength(1)
    window.reload()
    expect(first.reloads).toBe(1)
    window.close()
    expect(first.destroyed).toBe(true)
    expect(() => window.reload()).not.toThrow()
  })
})
