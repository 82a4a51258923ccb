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
  dark = false,
): W {
  return new BrowserWindow({
    width: 980,
    height: 760,
    // The layout works down to 360 px: narrow enough to sit beside a checkout page.
    minWidth: 360,
    minHeight: 480,
    show: false,
    title,
    autoHideMenuBar: true,
    // The page's own background (styles.css --bg), so a dark desktop sees no white flash.
    backgroundColor: dark ? '#111827' : '#f6f7f9',
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
