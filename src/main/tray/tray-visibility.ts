import { busNameHasOwner } from '../setup/session-bus'
import type { RunCommand } from '../setup/run-command'

/** Whether the tray icon can be expected to show; decides if a window must stand in for it. */
export type TrayVisibility = 'visible' | 'likely-invisible'

/** Extensions that give GNOME Shell a StatusNotifierItem / AppIndicator tray. */
const TRAY_EXTENSIONS = /appindicator|kstatusnotifier|topicons|tray-icons/i

/** XDG_CURRENT_DESKTOP is a colon-separated list, e.g. "ubuntu:GNOME". */
const isGnome = (xdgCurrentDesktop: string | undefined): boolean =>
  (xdgCurrentDesktop ?? '').split(':').some((d) => d.trim().toLowerCase() === 'gnome')

/**
 * Stock GNOME Shell shows no tray icons: StatusNotifierItem needs an extension (Ubuntu ships one,
 * on by default). GNOME with no such extension enabled, or no way to tell, counts as invisible;
 * other desktops (KDE, Xfce, Cinnamon, MATE, ...) show tray icons themselves.
 */
export function trayVisibility(
  xdgCurrentDesktop: string | undefined,
  enabledExtensions: string | null,
): TrayVisibility {
  if (!isGnome(xdgCurrentDesktop)) return 'visible'
  return enabledExtensions !== null && TRAY_EXTENSIONS.test(enabledExtensions)
    ? 'visible'
    : 'likely-invisible'
}

/** The bus name a StatusNotifierItem host (the tray Electron draws into on Linux) owns. */
export const STATUS_NOTIFIER_WATCHER = 'org.kde.StatusNotifierWatcher'

/**
 * Asks the session bus whether a tray host owns `org.kde.StatusNotifierWatcher`, as AppIndicator
 * apps do: Ubuntu turns its AppIndicator extension on through the session mode, not through the
 * `enabled-extensions` key, so only the bus tells. When nobody owns it (or the bus cannot be asked),
 * GNOME is asked which extensions are on (bounded; a failure means "cannot tell").
 */
export async function detectTrayVisibility(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  run: RunCommand,
): Promise<TrayVisibility> {
  if (platform !== 'linux' || !isGnome(env['XDG_CURRENT_DESKTOP'])) return 'visible'
  if ((await busNameHasOwner(run, STATUS_NOTIFIER_WATCHER)) === true) return 'visible'
  const extensions = await run(
    'gsettings',
    ['get', 'org.gnome.shell', 'enabled-extensions'],
    2000,
  ).catch(() => null)
  return trayVisibility(env['XDG_CURRENT_DESKTOP'], extensions)
}
