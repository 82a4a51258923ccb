import type { Menu, MenuItemConstructorOptions, Tray } from 'electron'
import { clipLines } from '../../shared/util/clip-text'
import type { Lang } from '../../shared/geo/country'
import { translate } from '../../shared/i18n/translate'
import type { Light } from '../../shared/verdict/light'
import type { NoticePage } from '../../shared/contract/notices'
import type { TrayLead } from '../../shared/view/tray-lead'
import type { TrayView } from '../../shared/view/tray-view'

/** The part of Electron's Tray we drive; tests pass a fake that satisfies it. */
export type TrayLike = Pick<Tray, 'setImage' | 'setToolTip' | 'setContextMenu'>

/** What the menu's items do. */
export interface TrayActions {
  readonly checkNow: () => void
  readonly open: () => void
  /** Opens the window on a page: the checklist for the next step. */
  readonly openPage: (page: NoticePage) => void
  readonly setPaused: (paused: boolean) => void
  readonly quit: () => void
  /** Opens the window on "Ready to pay" and starts a payment session. */
  readonly startSession: () => void
  /** Opens the window where a decline is logged and explained. */
  readonly declined: () => void
  /** "检查更新 / Check for updates" (desktop/updates.ts); the item is left out without it. */
  readonly checkForUpdates?: () => void
}

/**
 * The tray menu: an unseen notice and the next step first, then the status lines (disabled, for
 * reading), then the four actions.
 */
export function trayMenuTemplate(
  view: TrayView,
  lang: Lang,
  actions: TrayActions,
  lead: TrayLead = noLead,
): MenuItemConstructorOptions[] {
  return [
    ...(lead.notice ? [{ label: lead.notice, enabled: false }] : []),
    ...(lead.nextStep
      ? [{ label: lead.nextStep, click: () => actions.openPage('checklist') }]
      : []),
    { label: view.headline, enabled: false },
    ...view.paymentLines.map((line): MenuItemConstructorOptions => ({
      label: line,
      enabled: false,
    })),
    ...view.exitLines.map((line): MenuItemConstructorOptions => ({ label: line, enabled: false })),
    { type: 'separator' },
    // Always enabled: a click during a check asks for one more full check after it.
    { label: translate(lang, 'tray.checkNow'), click: actions.checkNow },
    { label: translate(lang, 'tray.session.start'), click: actions.startSession },
    { label: translate(lang, 'tray.declined'), click: actions.declined },
    { label: translate(lang, 'tray.open'), click: actions.open },
    {
      label: translate(lang, view.paused ? 'tray.resume' : 'tray.pause'),
      click: () => actions.setPaused(!view.paused),
    },
    { type: 'separator' },
    ...(actions.checkForUpdates
      ? [{ label: translate(lang, 'tray.checkForUpdates'), click: actions.checkForUpdates }]
      : []),
    { label: translate(lang, 'tray.quit'), click: actions.quit },
  ]
}

const noLead: TrayLead = { notice: null, nextStep: null, title: '' }

/** Dependencies of the tray controller. */
export interface TrayControllerDeps {
  readonly tray: TrayLike
  readonly buildMenu: (template: MenuItemConstructorOptions[]) => Menu
  readonly iconFor: (light: Light) => Parameters<Tray['setImage']>[0]
  readonly actions: TrayActions
  /** Windows cuts tray tooltips at 127 UTF-16 units; clip them ourselves, leading lines first. */
  readonly maxTooltip?: number
  /** macOS only: text next to the icon in the menu bar (the payment exit's country code). */
  readonly setTitle?: (title: string) => void
}

/**
 * Copies a tray view onto the real tray, touching each part only when what it shows changed: the
 * icon on a new light or theme (the icon for the same light differs between light and dark
 * taskbars), the tooltip and the title on new text, the menu on new lines. Each touch wakes the
 * desktop's tray host too (a D-Bus message on Linux), so a state that changed elsewhere costs none.
 */
export function createTrayController(deps: TrayControllerDeps) {
  let shownIcon: Parameters<Tray['setImage']>[0] | null = null
  let shownMenuKey = ''
  let shownTitle: string | null = null
  let shownTooltip: string | null = null
  return {
    render(view: TrayView, lang: Lang, lead: TrayLead = noLead): void {
      const icon = deps.iconFor(view.light)
      if (icon !== shownIcon) {
        deps.tray.setImage(icon)
        shownIcon = icon
      }
      if (deps.setTitle && lead.title !== shownTitle) {
        deps.setTitle(lead.title)
        shownTitle = lead.title
      }
      const full = lead.nextStep ? `${lead.nextStep}\n${view.tooltip}` : view.tooltip
      const tooltip = deps.maxTooltip ? clipLines(full, deps.maxTooltip) : full
      if (tooltip !== shownTooltip) {
        deps.tray.setToolTip(tooltip)
        shownTooltip = tooltip
      }
      const menuKey = JSON.stringify([
        lead.notice,
        lead.nextStep,
        view.headline,
        view.exitLines,
        view.paymentLines,
        view.paused,
        lang,
      ])
      if (menuKey !== shownMenuKey) {
        deps.tray.setContextMenu(deps.buildMenu(trayMenuTemplate(view, lang, deps.actions, lead)))
        shownMenuKey = menuKey
      }
    },
  }
}
