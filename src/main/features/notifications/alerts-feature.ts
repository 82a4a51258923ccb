import type { AlertEvent, AlertLevel } from '../../../shared/alerts/alert-event'
import { wantsNotice } from '../../../shared/alerts/alert-level'
import { noticeOf } from '../../../shared/alerts/alert-notice'
import {
  initialAlertState,
  judgeAlerts,
  lastExitChangeAt,
  observeSnapshot,
  type AlertSnapshot,
} from '../../../shared/alerts/alert-policy'
import { defaultAlertTuning, type AlertTuning } from '../../../shared/alerts/alert-tuning'
import {
  EXIT_NOTICES_PER_DAY,
  initialNoticeBudget,
  spendNotice,
} from '../../../shared/alerts/notice-budget'
import type { AppState } from '../../../shared/contract/app-state'
import type { ExitChange } from '../../../shared/monitor/exit-changes'
import { createLogger } from '../../../shared/util/logger'
import { inEachLang, type NoticeInput } from '../../../shared/contract/notices'
import { translate } from '../../../shared/i18n/translate'

/** What the alerts feature needs: a way to show a notice (in each language) and the user's level. */
export interface AlertsFeatureDeps {
  readonly notify: ((notice: NoticeInput) => void) | undefined
  /** The level in effect ('off' when notifications are switched off). */
  readonly level: () => AlertLevel
  readonly tuning?: AlertTuning
}

/** A consumer of alert events (the payment session, the history). */
export type AlertListener = (event: AlertEvent) => void
/** A consumer of every confirmed exit move, one call per check that saw any (the history). */
export type ExitMovesListener = (changes: readonly ExitChange[]) => void

const log = createLogger('alerts')

// One failing subscriber must not keep the others (or the notice) from hearing about it.
function tellEach<T>(listeners: ReadonlySet<(value: T) => void>, value: T, what: string): void {
  for (const listener of listeners) {
    try {
      listener(value)
    } catch (error) {
      log.error(`${what} listener failed`, { error: String(error) })
    }
  }
}

/**
 * The imperative shell around the alert policy: folds every monitor update in, judges every
 * published state (the verdict of the same evidence), hands each event to its subscribers and,
 * at the user's level, to the desktop as a notice that opens the page explaining it.
 */
export function createAlertsFeature(deps: AlertsFeatureDeps) {
  const tuning = deps.tuning ?? defaultAlertTuning
  const listeners = new Set<AlertListener>()
  const moveListeners = new Set<ExitMovesListener>()
  let state = initialAlertState

  let budget = initialNoticeBudget

  const emit = (event: AlertEvent, at: number) => {
    tellEach(listeners, event, 'an alert')
    if (!deps.notify || !wantsNotice(event, deps.level())) return
    const step = spendNotice(budget, event, at)
    budget = step.budget
    if (step.decision === 'show') deps.notify(inEachLang((lang) => noticeOf(event, lang)))
    if (step.decision === 'last')
      deps.notify(
        inEachLang((lang) => ({
          title: translate(lang, 'alert.quietDay.title'),
          body: translate(lang, 'alert.quietDay.body', { n: EXIT_NOTICES_PER_DAY }),
          page: 'history',
        })),
      )
  }

  return {
    /** Every monitor update, before the state is composed (so the verdict sees the same history). */
    observe: (snapshot: AlertSnapshot): void => {
      state = observeSnapshot(state, snapshot, tuning)
      if (state.lastMoves.length > 0) tellEach(moveListeners, state.lastMoves, 'an exit-move')
    },
    /** Every published state: its light, with any pending moves, decides what to say. */
    judge: (app: Pick<AppState, 'verdict' | 'monitor'>, at: number): void => {
      const step = judgeAlerts(
        state,
        { at, light: app.verdict.light, consecutiveFailures: app.monitor.consecutiveFailures },
        tuning,
      )
      state = step.state
      for (const event of step.events) emit(event, at)
    },
    /** Subscribes to every alert event, whatever the notification level; returns the unsubscribe. */
    onAlert: (listener: AlertListener): (() => void) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    /** Subscribes to every confirmed exit move (flapping folds notices, not these). */
    onExitMoves: (listener: ExitMovesListener): (() => void) => {
      moveListeners.add(listener)
      return () => void moveListeners.delete(listener)
    },
    /** When an exit last moved: the verdict's "exit changed recently" reads the same history. */
    exitChangedAt: (): string | null => lastExitChangeAt(state),
  }
}

/** The alerts feature's shape. */
export type AlertsFeature = ReturnType<typeof createAlertsFeature>
