import { randomUUID } from 'node:crypto'
import type { AppState } from '../../../shared/contract/app-state'
import type { HistoryEvent } from '../../../shared/history/history-event'
import type { Light } from '../../../shared/verdict/light'
import type { ExitChange } from '../../../shared/monitor/exit-changes'
import type { Observation } from '../../../shared/monitor/observation'
import type { Timers } from '../../../shared/monitor/timers'
import type { CardProfile } from '../../../shared/profile/schema'
import { pinExits } from '../../../shared/session/exit-pin'
import { createDeclinesFeature } from '../declines/declines-feature'
import { createHistoryFeature } from '../history/history-feature'
import { memoryPaymentStores, type PaymentStores } from '../history/payment-stores'
import type { StorageTarget } from '../storage/storage-feature'
import { createSessionFeature } from './session-feature'
import { createAttemptFeature } from '../attempt/attempt-feature'
import { inEachLang, type NoticeInput } from '../../../shared/contract/notices'
import { cooldownNotice, urgentNotice } from './payment-notices'

/** What the three payment features need from the rest of the app. */
export interface PaymentFeaturesDeps {
  readonly stores?: PaymentStores
  readonly now: () => number
  readonly timers: Timers
  readonly observation: () => Observation | null
  readonly light: () => Light
  readonly activeProfile: () => CardProfile | null
  readonly setCadence: (ms: number | null) => void
  readonly checkNow: () => void
  readonly notify: ((notice: NoticeInput) => void) | undefined
  readonly notificationsOn: () => boolean
  readonly onChange: () => void
}

const newId = () => randomUUID().toLowerCase()
const fileTarget = (store: PaymentStores[keyof PaymentStores]) => ({
  info: store.info,
  retry: store.retry,
  moveAside: store.moveAside,
})

/**
 * The payment session, the decline log and the history, created together because they feed each
 * other: the session's outcome and every decline go into the history, a declined session into the
 * decline log. `record` is the one hook for history events from elsewhere (the alert policy).
 */
export async function createPaymentFeatures(deps: PaymentFeaturesDeps) {
  const stores = deps.stores ?? memoryPaymentStores(deps.now)
  const notify = (notice: NoticeInput) => {
    if (deps.notify && deps.notificationsOn()) deps.notify(notice)
  }
  const history = await createHistoryFeature({
    log: stores.history,
    now: deps.now,
    onChange: deps.onChange,
  })
  const record = (event: HistoryEvent) => history.record(event)
  const declines = await createDeclinesFeature({
    log: stores.declines,
    file: stores.cooldown,
    now: deps.now,
    timers: deps.timers,
    newId,
    exits: () => pinExits(deps.observation()),
    card: () => {
      const profile = deps.activeProfile()
      return profile ? { profileId: profile.id, bin: profile.card.bin } : null
    },
    record,
    onCooldown: (phase, state) => notify(inEachLang((lang) => cooldownNotice(phase, state, lang))),
    onChange: deps.onChange,
  })
  const session = await createSessionFeature({
    file: stores.session,
    now: deps.now,
    timers: deps.timers,
    newId,
    current: () => {
      const observation = deps.observation()
      return {
        exits: pinExits(observation),
        light: deps.light(),
        checkedAt: observation?.checkedAt ?? null,
      }
    },
    setCadence: deps.setCadence,
    checkNow: deps.checkNow,
    onAlert: (alerts) => notify(inEachLang((lang) => urgentNotice(alerts, lang))),
    onFinished: (finished) => record({ type: 'session', at: finished.endedAt, record: finished }),
    logDecline: (message) => declines.logFromSession(message),
    onChange: deps.onChange,
  })

  const attempt = await createAttemptFeature({
    file: stores.attempt,
    now: deps.now,
    record,
    onChange: deps.onChange,
  })

  return {
    ipc: { ...session.ipc, ...declines.ipc, ...history.ipc, ...attempt.ipc },
    record,
    /** The monitor's exit changes, per route, into the history. */
    exitChanges: (changes: readonly ExitChange[]) => history.exitChanges(changes),
    /** Each published state: the history notes light changes, the session compares with its pin. */
    observe: (state: AppState) => {
      history.observe(state)
      session.observe()
    },
    slices: () => ({
      ...session.slice(),
      ...declines.slice(),
      ...history.slice(),
      ...attempt.slice(),
      exitChanges24h: history.exitChanges24h(),
    }),
    cooldown: declines.cooldown,
    /** A session is watching: its stop is the one notice about changes until it ends. */
    watching: () => session.slice().session.state.phase === 'watching',
    /** The four files, for the storage feature's list, retries and restores. */
    storageTargets: (): StorageTarget[] => [
      {
        ...fileTarget(stores.session),
        restore: stores.session.restore,
        reloaded: session.reloaded,
      },
      {
        ...fileTarget(stores.cooldown),
        restore: stores.cooldown.restore,
        reloaded: declines.reloaded,
      },
      { ...fileTarget(stores.declines), reloaded: deps.onChange },
      { ...fileTarget(stores.history), reloaded: deps.onChange },
      {
        ...fileTarget(stores.attempt),
        restore: stores.attempt.restore,
        reloaded: attempt.reloaded,
      },
    ],
    settled: history.settled,
    start: () => {
      declines.start()
      session.start()
    },
    stop: () => {
      session.stop()
      declines.stop()
      history.stop()
    },
  }
}

/** The payment features' shape. */
export type PaymentFeatures = Awaited<ReturnType<typeof createPaymentFeatures>>
