import { busNameHasOwner, busNameIsActivatable } from './session-bus'
import type { RunCommand } from './run-command'

/** The bus name every freedesktop notification daemon owns (GNOME Shell, KDE, dunst, mako…). */
export const NOTIFICATIONS_BUS_NAME = 'org.freedesktop.Notifications'

/**
 * Whether a Linux desktop can show notifications now. Electron's `Notification.isSupported()` only
 * says libnotify loaded, and Linux documents no 'failed' event, so with no daemon a notice would be
 * lost without a word: the session bus is asked whether a daemon owns the name or would be started
 * for it. Elsewhere, and when the bus cannot be asked, Electron's answer stands. `refresh` asks
 * again (a daemon may start after PayLight); `canShow` answers from the last reply, at once.
 */
export function watchNotificationDaemon(platform: NodeJS.Platform, run: RunCommand) {
  let present: boolean | null = null
  const refresh = async (): Promise<void> => {
    if (platform !== 'linux') return
    const owned = await busNameHasOwner(run, NOTIFICATIONS_BUS_NAME)
    present =
      owned === true || owned === null
        ? owned
        : ((await busNameIsActivatable(run, NOTIFICATIONS_BUS_NAME)) ?? false)
  }
  return {
    /** False only when the bus said no daemon is there or would start. */
    canShow: (): boolean => present !== false,
    refresh,
  }
}
