import type { App } from 'electron'
import { langFromLocale } from '../../shared/i18n/translate'
import type { Timers } from '../../shared/monitor/timers'
import { showStartingTray } from '../desktop/starting-tray'
import { createTrayIcon, type TrayElectron, type TrayIconDeps } from './setup-tray'

/**
 * The tray as soon as the app is ready, before any service: the grey icon on the bar's theme, and
 * a menu that says the card profile is being unlocked, with Quit. `setupTray({ icon })` takes the
 * icon over once the services exist; `starting.ready()` ends the wait (the profile was read).
 */
export function setupStartingTray(
  electron: Pick<TrayElectron, 'Tray' | 'nativeTheme' | 'Menu'> & {
    readonly app: Pick<App, 'quit' | 'getLocale'>
  },
  deps: TrayIconDeps & { readonly timers: Timers },
) {
  const icon = createTrayIcon(electron, deps)
  const starting = showStartingTray({
    tray: icon.tray,
    buildMenu: (template) => electron.Menu.buildFromTemplate(template),
    // The settings are not read yet: the system's language until they are.
    lang: langFromLocale(electron.app.getLocale()),
    quit: () => electron.app.quit(),
    timers: deps.timers,
  })
  return { icon, starting }
}
