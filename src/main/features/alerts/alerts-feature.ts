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
import type { ExitChange } from '../../../shared/monitor/exit-changes'
import type { MonitorSnapshot } from '../../../shared/monitor/freshness'
import { createLogger } from '../../../shared/util/logger'
import { inEachLang, type NoticeInput } from '../../../shared/contract/notices'
import { translate } from '../../../shared/i18n/translate'
import { defineFeature, type ComposedState } from '../feature'

/** What the alerts feature needs: the monitor's updates, the history, and the notices. */
export interface AlertsFeatureDeps {
  /** Every monitor update is folded in before the state is composed. */
  readonly monitor: {
    readonly onSnapshot: (listener: (snapshot: MonitorSnapshot) => void) => unknown
  }
  /** Every confirmed exit move goes into the history, one call per check that saw any. */
  readonly history: { readonly exitChanges: (changes: readonly ExitChange[]) => void }
  readonly notify: ((notice: NoticeInput) => void) | undefined
  readonly now: () => number
  readonly tuning?: AlertTuning
}

/** A consumer of alert events (the benchmark of alert latency). */
export type AlertListener = (event: AlertEvent) => void

/**
 * The level in effect in a state: 'off' when notifications are switched off, and while a payment
 * session watches (its one stop speaks for every change: no general notice beside it).
 */
export function alertLevelIn(state: Pick<ComposedState, 'settings' | 'session'>): AlertLevel {
  const { notifications, alertLevel } = state.settings
  return notifications && state.session.state.phase !== 'watching' ? alertLevel : 'off'
}

const log = createLogger('alerts')

// One failing subscriber must not keep the others (or the notice) from hearing about it.
function tellEach(listeners: ReadonlySet<AlertListener>, event: AlertEvent): void {
  for (const listener of listeners) {
    try {
      listener(event)
    } catch (error) {
      log.error('an alert listener failed', { error: String(error) })
    }
  }
}

/**
 * The imperative shell around the alert policy: folds every monitor update in, judges every
 * composed state (the verdict of the same evidence) before it is pushed, hands each event to its
 * subscribers and, at the user's level, to the desktop as a notice that opens the page explaining
 * it. Its slice is when an exit last moved (the verdict's "exit changed recently").
 */
export function createAlertsFeature(deps: AlertsFeatureDeps) {
  const tuning = deps.tuning ?? defaultAlertTuning
  const listeners = new Set<AlertListener>()
  let state = initialAlertState
  let budget = initialNoticeBudget
  /** A notice at the user's level, within the day's budget of exit notices; the last says so. */
  const notice = (event: AlertEvent, level: AlertLevel, at: number): void => {
    if (!deps.notify || !wantsNotice(event, level)) return
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

  deps.monitor.onSnapshot((snapshot: AlertSnapshot) => {
    state = observeSnapshot(state, snapshot, tuning)
    if (state.lastMoves.length > 0) deps.history.exitChanges(state.lastMoves)
  })

  return defineFeature({
    ipc: {},
    files: [],
    slice: () => ({ exitChangedAt: lastExitChangeAt(state) }),
    /** Each composed state: its light, with any pending moves, decides what to say. */
    judge: (app: ComposedState): void => {
      const at = deps.now()
      const step = judgeAlerts(
        state,
        {
          at,
          light: app.verdict.light,
          consecutiveFailures: app.monitor.consecutiveFailures,
        },
        tuning,
      )
      state = step.state
      const level = alertLevelIn(app)
      for (const event of step.events) {
        tellEach(listeners, event)
        notice(event, level, at)
      }
    },
    /** Subscribes to every alert event, whatever the notification level; returns the unsubscribe. */
    onAlert: (listener: AlertListener): (() => void) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  })
}

/** The alerts feature's shape. */
export type AlertsFeature = ReturnType<typeof createAlertsFeature>
