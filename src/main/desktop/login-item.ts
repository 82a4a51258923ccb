import type { App } from 'electron'
import type { LoginItemState } from '../../shared/contract/desktop'
import { HIDDEN_ARG, type xdgAutostart } from './xdg-autostart'

export type { LoginItemState } from '../../shared/contract/desktop'

type LoginApp = Pick<App, 'setLoginItemSettings' | 'getLoginItemSettings'>

/**
 * Start at login on each system, so the tray light is there before a payment: macOS and Windows
 * through `app.setLoginItemSettings` (Electron 45 has no `openAsHidden`; PayLight opens no window at
 * start anyway, and Windows passes `--hidden` so the app knows it was started at login), Linux
 * through an XDG autostart entry (Electron's login items are macOS and Windows only).
 */
export function loginItem(deps: {
  readonly platform: NodeJS.Platform
  readonly app: LoginApp
  readonly linux: ReturnType<typeof xdgAutostart>
}) {
  const { app, platform } = deps
  // Windows compares the arguments: `get` must ask with the same ones `set` wrote.
  const windowsArgs = { args: [HIDDEN_ARG] }
  const get = async (): Promise<LoginItemState> => {
    if (platform === 'linux') {
      const { enabled, ours } = await deps.linux.state()
      return { enabled, needsApproval: false, canChange: ours }
    }
    if (platform === 'win32') {
      const { openAtLogin } = app.getLoginItemSettings(windowsArgs)
      return { enabled: openAtLogin, needsApproval: false, canChange: true }
    }
    const { status, openAtLogin } = app.getLoginItemSettings()
    return {
      enabled: status === 'enabled' || status === 'requires-approval' || openAtLogin,
      needsApproval: status === 'requires-approval',
      canChange: true,
    }
  }
  return {
    get,
    /** Turns start-at-login on or off, then reads back what the system now says. */
    set: async (enabled: boolean): Promise<LoginItemState> => {
      if (platform === 'linux') await deps.linux.set(enabled)
      else if (platform === 'win32')
        app.setLoginItemSettings({ openAtLogin: enabled, ...windowsArgs })
      else app.setLoginItemSettings({ openAtLogin: enabled })
      return get()
    },
  }
}

/** Whether this run was started at login (then it stays in the tray, whatever the desktop). */
export function startedAtLogin(
  platform: NodeJS.Platform,
  argv: readonly string[],
  app: Pick<App, 'getLoginItemSettings'>,
): boolean {
  if (platform === 'darwin') return app.getLoginItemSettings().wasOpenedAtLogin
  return argv.includes(HIDDEN_ARG)
}
