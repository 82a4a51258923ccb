import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'

/**
 * The renderer's security flags in one place (Electron's security checklist): isolated, sandboxed,
 * no Node, web security untouched. Each flag has its own unit test.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  }
}

/** The one window's options: created on demand, destroyed on close, never kept hidden. */
export function mainWindowOptions(
  preloadPath: string,
  title: string,
): BrowserWindowConstructorOptions {
  return {
    width: 980,
    height: 760,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title,
    autoHideMenuBar: true,
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(preloadPath),
  }
}
