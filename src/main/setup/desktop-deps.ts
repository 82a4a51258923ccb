import path from 'node:path'
import type { App, Shell } from 'electron'
import type { DesktopDeps } from '../features/desktop/desktop-feature'
import { openLogFolder } from '../desktop/log-file'
import { loginItem } from '../desktop/login-item'
import { updatesConfigured } from '../desktop/updates'
import { xdgAutostart } from '../desktop/xdg-autostart'
import { GEO_DB_FILE } from './setup-resources'

/** The Electron calls the desktop feature is made of, narrowed to what is used. */
export interface DesktopElectron {
  readonly app: Pick<
    App,
    'getVersion' | 'isPackaged' | 'setLoginItemSettings' | 'getLoginItemSettings'
  >
  readonly shell: Pick<Shell, 'openPath'>
}

/** The running process as the desktop feature sees it. */
export type DesktopProcess = Pick<NodeJS.Process, 'env' | 'execPath' | 'versions'> & {
  /** Electron's resources folder (where a build with a publish target has app-update.yml). */
  readonly resourcesPath: string
}

/**
 * The desktop feature's Electron side: the app's version, updates only in a packaged build with a
 * publish target, start-at-login through Electron (macOS, Windows) or an XDG autostart entry
 * (Linux), and the log folder opened in the file manager.
 */
export function desktopDeps(
  electron: DesktopElectron,
  deps: {
    readonly platform: NodeJS.Platform
    readonly resourcesDir: string
    readonly logFolder: string
    readonly process: DesktopProcess
  },
): DesktopDeps {
  const { app, shell } = electron
  const proc = deps.process
  return {
    version: app.getVersion(),
    versions: proc.versions,
    geoDbFile: path.join(deps.resourcesDir, GEO_DB_FILE),
    updates: { configured: updatesConfigured(app.isPackaged, proc.resourcesPath) },
    loginItem: loginItem({
      platform: deps.platform,
      app,
      linux: xdgAutostart({ env: proc.env, execPath: proc.execPath }),
    }),
    openLogFolder: () => openLogFolder((folder) => shell.openPath(folder), deps.logFolder),
  }
}
