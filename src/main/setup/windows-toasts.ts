import type { App } from 'electron'

/** The app's identity on Windows: the id electron-builder's NSIS installer stamps on its shortcut. */
export const APP_USER_MODEL_ID = 'app.paylight.desktop'

/**
 * PayLight's own, fixed toast activator. Without one Electron makes up a new CLSID each run, and a
 * toast left in the Action Center by an earlier run then points at a COM class nobody registers,
 * so clicking it does nothing. Never change it: shipped shortcuts and toasts carry it.
 */
export const TOAST_ACTIVATOR_CLSID = '{12CE0725-C28B-44DD-974B-94962A77EBE1}'

/**
 * Gives Windows the app's identity for notifications, early (before the first notification): the
 * fixed activator first, so Electron writes it into the Start menu shortcut and the COM
 * registration it keeps (HKCU\Software\Classes\CLSID\{…}\LocalServer32), then the user model id.
 */
export function registerWindowsToasts(
  app: Pick<App, 'setAppUserModelId'> & Partial<Pick<App, 'setToastActivatorCLSID'>>,
  platform: NodeJS.Platform,
): void {
  if (platform !== 'win32') return
  app.setToastActivatorCLSID?.(TOAST_ACTIVATOR_CLSID)
  app.setAppUserModelId(APP_USER_MODEL_ID)
}
