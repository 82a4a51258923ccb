import type { BrowserWindow, BrowserWindowConstructorOptions, IpcMain } from 'electron'
import type { Lang } from '../../shared/geo/country'
import { translate } from '../../shared/i18n/translate'
import type { AppServices } from '../app-services'
import { createSenderGuard, registerHandlers } from '../ipc-handlers'
import { APP_ORIGIN } from '../shell/app-protocol'
import { setupWindow, windowOpener } from './setup-window'
import { setupWindowPlace, type WindowPlaceElectron } from './setup-window-place'

/** The Electron modules the window and its IPC are made of, narrowed to what is used. */
export interface MainWindowElectron extends WindowPlaceElectron {
  readonly BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow
  readonly nativeTheme: { readonly shouldUseDarkColors: boolean }
  readonly ipcMain: Pick<IpcMain, 'handle'>
}

/**
 * The one window and the only way into main from it: created on demand from app:// (or the dev
 * server), titled in the language in effect, in its remembered place, brought to the front the
 * system's way; every IPC channel served after the sender guard; each published state pushed to it.
 */
export async function setupMainWindow(
  electron: MainWindowElectron,
  deps: {
    readonly platform: NodeJS.Platform
    readonly services: Pick<AppServices, 'ipc' | 'subscribe' | 'notices'>
    readonly lang: () => Lang
    readonly preload: string
    /** The dev server's page in development; the built renderer over app:// otherwise. */
    readonly devServerUrl: string | undefined
    readonly trustedOrigins: readonly string[]
  },
) {
  const mainWindow = setupWindow({
    BrowserWindow: electron.BrowserWindow,
    preload: deps.preload,
    url: deps.devServerUrl ?? `${APP_ORIGIN}/index.html`,
    title: () => translate(deps.lang(), 'app.name'),
    dark: () => electron.nativeTheme.shouldUseDarkColors,
    ...(await setupWindowPlace(electron, deps.platform)),
  })
  const guard = createSenderGuard(mainWindow.isOurs, deps.trustedOrigins)
  registerHandlers((channel, fn) => electron.ipcMain.handle(channel, fn), deps.services.ipc, guard)
  deps.services.subscribe(mainWindow.push)
  return { mainWindow, openWindow: windowOpener(mainWindow, deps.services.notices) }
}
