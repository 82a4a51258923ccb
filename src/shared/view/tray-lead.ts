import type { AppState } from '../contract/app-state'
import { translate } from '../i18n/translate'
import { nextStep } from './next-step'
import { undeliveredNoticeToShow, urgentAlerts } from '../session/urgent'

/** What the tray puts first: an unseen notice, the next step, and the payment exit's country. */
export interface TrayLead {
  /** The newest notice the system did not show, as the menu's first (disabled) line. */
  readonly notice: string | null
  /** The fix step of the finding that explains the light: what to do before anything else. */
  readonly nextStep: string | null
  /** The payment (merchant route) exit's country code, for the macOS menu-bar title; '' if none. */
  readonly title: string
}

/**
 * The tray's leading lines, computed from the state so the glue only copies them. The next step
 * is the window's next step (`nextStep`), so the tray and the status page name the same thing.
 */
export function trayLead(state: AppState): TrayLead {
  const { lang, verdict } = state
  const notice = undeliveredNoticeToShow(state)
  // While the stop lasts it is the first line alone: no next step beside it.
  const urgent = urgentAlerts(state.session.state).length > 0
  const next = nextStep(verdict)
  // A finding with nothing to do (the profile unlocking, an exit settling) names no step to go to.
  const step = next.kind === 'fix' && !urgent && next.target !== null ? next.finding.step : null
  return {
    notice: notice ? translate(lang, 'notice.undelivered', { title: notice.title[lang] }) : null,
    nextStep: step ? translate(lang, 'tray.nextStep', { step: { message: `step.${step}` } }) : null,
    title: state.monitor.observation?.exits.merchant?.country ?? '',
  }
}
