import type { Menu, MenuItemConstructorOptions, Tray } from 'electron'
import type { Lang } from '../../shared/geo/country'
import { translate } from '../../shared/i18n/translate'
import { createLogger } from '../../shared/util/logger'
import type { Timers } from '../../shared/monitor/timers'

/** After this long without the profile, the log says the keychain is holding start-up. */
export const SLOW_UNLOCK_MS = 10_000

const log = createLogger('start-up')

/**
 * The tray as soon as the app is ready, before the profile is decrypted: a keychain prompt (which
 * every update of an ad-hoc-signed macOS build brings back) can hold the decryption for as long as
 * the user leaves it, and the light must not be missing meanwhile. The icon is grey (nothing is
 * known yet), the tooltip and the menu's first line say "正在解锁卡片资料…", Quit works. The app's
 * own tray view takes this tray over (`setupTray({ tray })`) once its services exist; `ready()`
 * ends the wait.
 */
export function showStartingTray(deps: {
  readonly tray: Pick<Tray, 'setToolTip' | 'setContextMenu'>
  readonly buildMenu: (template: MenuItemConstructorOptions[]) => Menu
  readonly lang: Lang
  readonly quit: () => void
  readonly timers: Timers
}) {
  const unlocking = translate(deps.lang, 'finding.profile-unlocking')
  deps.tray.setToolTip(`${translate(deps.lang, 'app.name')} · ${unlocking}`)
  deps.tray.setContextMenu(
    deps.buildMenu([
      { label: unlocking, enabled: false },
      { type: 'separator' },
      { label: translate(deps.lang, 'tray.quit'), click: () => deps.quit() },
    ]),
  )
  const slow = deps.timers.setTimeout(
    () => log.warn('still waiting for the keychain to unlock the card profile'),
    SLOW_UNLOCK_MS,
  )
  return {
    /** The services are up: the app's tray view replaces the menu and tooltip. */
    ready: (): void => deps.timers.clearTimeout(slow),
  }
}
