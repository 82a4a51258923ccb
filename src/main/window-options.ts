import type {
  BrowserWindow as ElectronBrowserWindow,
  BrowserWindowConstructorOptions,
} from 'electron'

/** Electron's BrowserWindow constructor, injected so tests read the exact options a window gets. */
export type WindowConstructor = new (
  options: BrowserWindowConstructorOptions,
) => Pick<ElectronBrowserWindow, 'on' | 'once' | 'show' | 'loadURL' | 'webContents'>

/**
 * Creates the one window with Electron's security checklist written out literally (so a static
 * scanner reads exactly what runs): isolated, sandboxed, no Node anywhere, web security on, no
 * webviews, no middle-click windows. Each flag has its own unit test. The window is created on
 * demand and destroyed on close, never kept hidden.
 */
export function createMainWindow<W extends InstanceType<WindowConstructor>>(
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W,
  preloadPath: string,
  title: string,
): W {
  return new BrowserWindow({
    width: 980,
    height: 760,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title,
    autoHideMenuBar: true,
    backgroundColor: '#f6f7f9',
    webPreferences: {
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
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  })
}
