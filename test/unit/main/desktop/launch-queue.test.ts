import { createLaunchQueue, openOnRelaunch } from '../../../../src/main/desktop/launch-queue'
import { createFakeElectron } from '../../../support/fake-electron/fake-electron-core.mjs'

function setup(platform: NodeJS.Platform) {
  const { electron, control } = createFakeElectron({ platform })
  const queue = createLaunchQueue()
  const openWindow = vi.fn()
  openOnRelaunch({ app: electron.app, platform, queue })
  return { electron, control, queue, openWindow }
}

describe('a second launch', () => {
  it('during a slow start waits for the IPC handlers, then opens one window', () => {
    const { control, queue, openWindow } = setup('win32')
    control.secondInstance(['PayLight.exe'])
    control.secondInstance(['PayLight.exe'])
    expect(openWindow).not.toHaveBeenCalled()
    queue.ready(openWindow)
    expect(openWindow).toHaveBeenCalledTimes(1)
    control.secondInstance(['PayLight.exe'])
    expect(openWindow).toHaveBeenCalledTimes(2)
  })

  it('started at login (--hidden) stays in the tray', () => {
    const { control, queue, openWindow } = setup('linux')
    queue.ready(openWindow)
    control.secondInstance(['paylight', '--hidden'])
    expect(openWindow).not.toHaveBeenCalled()
  })

  it("macOS: re-opening the running app ('activate') opens the window, not the launch itself", () => {
    const { electron, queue, openWindow } = setup('darwin')
    electron.app.emit('activate', {}, false)
    expect(openWindow).not.toHaveBeenCalled()
    queue.ready(openWindow)
    electron.app.emit('activate', {}, false)
    expect(openWindow).toHaveBeenCalledTimes(1)
  })

  it("listens to 'activate' on macOS only", () => {
    expect(setup('linux').electron.app.listenerCount('activate')).toBe(0)
    expect(setup('darwin').electron.app.listenerCount('activate')).toBe(1)
  })
})
