import type { BrowserWindowConstructorOptions } from 'electron'
import { createMainWindow } from '../../../src/main/window-options'

class FakeWindow {
  static last: BrowserWindowConstructorOptions | null = null
  constructor(options: BrowserWindowConstructorOptions) {
    FakeWindow.last = options
  }
  on = vi.fn()
  once = vi.fn()
  show = vi.fn()
  loadURL = vi.fn()
  webContents = {} as never
}

describe('createMainWindow', () => {
  createMainWindow(FakeWindow, '/app/out/preload/index.cjs', '付款红绿灯')
  const options = FakeWindow.last as BrowserWindowConstructorOptions
  const prefs = options.webPreferences ?? {}

  it('isolates the preload context from the page', () => expect(prefs.contextIsolation).toBe(true))
  it('sandboxes the renderer', () => expect(prefs.sandbox).toBe(true))
  it('gives the renderer no Node', () => expect(prefs.nodeIntegration).toBe(false))
  it('gives workers no Node', () => expect(prefs.nodeIntegrationInWorker).toBe(false))
  it('gives sub-frames no Node', () => expect(prefs.nodeIntegrationInSubFrames).toBe(false))
  it('keeps web security on', () => expect(prefs.webSecurity).toBe(true))
  it('blocks insecure content', () => expect(prefs.allowRunningInsecureContent).toBe(false))
  it('enables no experimental features', () => expect(prefs.experimentalFeatures).toBe(false))
  it('allows no webview tag', () => expect(prefs.webviewTag).toBe(false))
  it('does not navigate on drag and drop', () => expect(prefs.navigateOnDragDrop).toBe(false))
  it('disables middle-click (auxclick) new windows', () =>
    expect(prefs.disableBlinkFeatures).toBe('Auxclick'))
  it('uses the CommonJS preload it is given', () =>
    expect(prefs.preload).toBe('/app/out/preload/index.cjs'))
  it('starts hidden until ready and carries the title', () => {
    expect(options.show).toBe(false)
    expect(options.title).toBe('付款红绿灯')
  })

  it('opens as narrow as the layout allows (360 px)', () => expect(options.minWidth).toBe(360))

  it('paints its first frame in the page background of the system theme', () => {
    expect(options.backgroundColor).toBe('#f6f7f9')
    createMainWindow(FakeWindow, '/app/out/preload/index.cjs', '付款红绿灯', true)
    expect(FakeWindow.last?.backgroundColor).toBe('#111827')
  })
})
