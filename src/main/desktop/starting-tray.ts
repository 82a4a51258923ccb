import type { Menu, MenuItemConstructorOptions, Tray } from 'electron'
import type { Lang } from '../../shared/geo/country'
import { createLogger } from '../../shared/util/logger'
import type { Timers } from '../../shared/monitor/timers'

/** After this long without the profile, the log says the keychain is holding start-up. */
export const SLOW_UNLOCK_MS = 10_000

const words = {
  unlocking: { zh: '正在解锁卡片资料…', en: 'Unlocking your card profile…' },
  name: { zh: '付款红绿灯', en: 'PayLight' },
  quit: { zh: '退出', en: 'Quit' },
} as const

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
  const t = (w: { zh: string; en: string }) => w[deps.lang]
  deps.tray.setToolTip(`${t(words.name)} · ${t(words.unlocking)}`)
  deps.tray.setContextMenu(
    deps.buildMenu([
      { label: t(words.unlocking), enabled: false },
      { type: 'separator' },
      { label: t(words.quit), click: () => deps.quit() },
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
