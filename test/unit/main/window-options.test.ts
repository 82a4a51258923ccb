import { mainWindowOptions, secureWebPreferences } from '../../../src/main/window-options'

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.cjs')
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
  it('uses the CommonJS preload it is given', () =>
    expect(prefs.preload).toBe('/app/out/preload/index.cjs'))
})

describe('mainWindowOptions', () => {
  it('starts hidden until ready and uses the secure preferences', () => {
    const options = mainWindowOptions('/p.cjs', '付款红绿灯')
    expect(options.show).toBe(false)
    expect(options.title).toBe('付款红绿灯')
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.cjs'))
  })
})
