import { setupWindow, windowOpener } from '../../../../src/main/setup/setup-window'
import { eventChannels } from '../../../../src/shared/contract/ipc'
import { sampleAppState } from '../../../support/app-state'
import { createFakeElectron } from '../../../support/fake-electron/fake-electron-core.mjs'

async function setup() {
  const { electron, control } = createFakeElectron({ platform: 'linux' })
  const window = setupWindow({
    BrowserWindow: electron.BrowserWindow as never,
    preload: '/app/preload/index.cjs',
    url: 'app://paylight/index.html',
    title: () => '付款红绿灯',
  })
  return {
    window,
    control,
    created: control.record.windows,
    ready: () => electron.app.whenReady(),
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
    const { window, created, ready } = await setup()
    await ready()
    window.keepOnClose()
    window.open()
    const only = created[0]!
    only.close()
    expect(only).toMatchObject({ destroyed: false, minimized: true })
    expect(window.exists()).toBe(true)
    window.quitting()
    only.close()
    expect(only.isDestroyed()).toBe(true)
    expect(window.exists()).toBe(false)
  })
})

describe('windowOpener', () => {
  /** The opener over a narrow fake window and the notices' page requests. */
  function opener(exists: boolean) {
    const calls: string[] = []
    const open = windowOpener(
      { open: () => calls.push('open'), exists: () => exists },
      {
        requestPage: (page) => calls.push(`request:${page}`),
        clearRequestedPage: () => calls.push('clear'),
      },
    )
    return { open, calls }
  }

  it('asks for the page first, so the window opens on it (a clicked notice, the next step)', () => {
    const { open, calls } = opener(true)
    open('checklist')
    expect(calls).toEqual(['request:checklist', 'open'])
  })

  it('starts a window opened afresh without a page on the first tab, not on an old request', () => {
    const fresh = opener(false)
    fresh.open()
    expect(fresh.calls).toEqual(['clear', 'open'])
    // A window already open keeps the page the user is on.
    const shown = opener(true)
    shown.open()
    expect(shown.calls).toEqual(['open'])
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
