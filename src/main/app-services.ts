import { composeAppState } from '../shared/contract/app-state'
import type { IpcServices } from '../shared/contract/ipc'
import { setLogRedactor } from '../shared/util/logger'
import { maskCardNumbersIn } from '../shared/profile/mask-deep'
import type { NoticeRecord } from '../shared/contract/notices'
import type { ProfileStore } from '../node/profile-store'
import type { DataFolderHolder } from '../shared/storage/kept-file-types'
import { SETTINGS_FILE, type SettingsStore } from '../node/settings-store'
import {
  createDesktopFeature,
  headlessDesktop,
  type DesktopDeps,
} from './features/desktop/desktop-feature'
import { createMonitorFeature, type CheckWorld } from './features/monitor/monitor-feature'
import { createNoticesFeature } from './features/notices/notices-feature'
import { createAlertsFeature } from './features/notifications/alerts-feature'
import { createProfilesFeature, type FileChooser } from './features/profiles/profiles-feature'
import { createSettingsFeature } from './features/settings/settings-feature'
import type { PaymentStores } from './features/history/payment-stores'
import { createPaymentFeatures } from './features/session/payment-features'
import { createStorageFeature } from './features/storage/storage-feature'
import { replyAfterPush } from './reply-after-push'
import { createStatePublisher } from './state-publisher'

export type { AlertEvent } from '../shared/alerts/alert-event'

/** What the app's services need from the outside world; Electron in the app, fakes in e2e tests. */
export interface AppServicesDeps extends CheckWorld {
  readonly systemLocale: string
  readonly timeZone: string | null
  readonly settingsStore: SettingsStore
  readonly profileStore: ProfileStore
  readonly files: FileChooser
  readonly binLookupUrl?: string
  readonly openLink: (url: unknown) => Promise<{ ok: boolean }>
  /** Shows a notice as a system notification; a failure is reported through `notices.undelivered`. */
  readonly notify?: (notice: NoticeRecord) => void
  /** The session, decline-log and history files (in memory when left out, as in most tests). */
  readonly paymentStores?: PaymentStores
  /** Another PayLight holds the data folder: this instance reads it and saves nothing. */
  readonly readOnly?: DataFolderHolder | null
  /** About, updates, the log folder and start-at-login (none of them when left out). */
  readonly desktop?: DesktopDeps
}

/**
 * The composition root, without Electron: creates the features, joins their slices into the one
 * app state (published once per change) and their channels into the one IPC table. The app and
 * the end-to-end tests run exactly this.
 */
export async function createAppServices(deps: AppServicesDeps) {
  // Main's log lines never show a card number, whatever a caller put in them.
  setLogRedactor(maskCardNumbersIn)
  const saved = (await deps.settingsStore.load()).value
  // Features talk through the functions handed to them here. The arrows below that name a feature
  // created further down (settings, publisher) run only once checks start, after all
  // of them exist: the monitor and the settings need each other, so one side has to be late-bound.
  // The profile file is read in the background and may finish before the publisher exists: its
  // first state is built from every slice as it is then, so a change before that has nothing to do.
  let publisherExists = false
  const changed = () => {
    if (publisherExists) publisher.changed()
  }
  const notices = createNoticesFeature({ now: deps.now, deliver: deps.notify, onChange: changed })
  const alerts = createAlertsFeature({
    notify: notices.post,
    // While a payment session watches, its one stop speaks for every change: the general notices
    // (exit changed, light changed, flapping) are not sent beside it.
    level: () => {
      const { notifications, alertLevel } = settings.current()
      return notifications && !payment.watching() ? alertLevel : 'off'
    },
  })
  const monitor = createMonitorFeature({
    ...deps,
    cadence: { paused: saved.paused, intervalMs: saved.intervalMs },
    crossCheckOn: () => settings.current().crossCheck,
    merchants: () => settings.current().merchants,
    onSnapshot: alerts.observe,
    exitChangedAt: alerts.exitChangedAt,
    onChange: changed,
  })
  const settings = createSettingsFeature({
    store: deps.settingsStore,
    systemLocale: deps.systemLocale,
    cadence: monitor.cadence,
    onChange: changed,
    onMerchantsChange: () => void monitor.trigger('manual'),
    onSaveFailed: (error) => storage.report(SETTINGS_FILE, error),
    onSaved: () => storage.saved(SETTINGS_FILE),
  })
  // Not awaited: the profile file is read (and decrypted) in the background.
  const profiles = createProfilesFeature({
    store: deps.profileStore,
    files: deps.files,
    fetch: deps.fetch,
    now: deps.now,
    ...(deps.binLookupUrl ? { binLookupUrl: deps.binLookupUrl } : {}),
    onChange: changed,
    onSaveFailed: (error) => storage.report(deps.profileStore.info().name, error),
  })
  const payment = await createPaymentFeatures({
    stores: deps.paymentStores,
    now: deps.now,
    timers: deps.timers,
    observation: () => monitor.slice().monitor.observation,
    light: () => publisher.current().verdict.light,
    activeProfile: () => profiles.active(),
    setCadence: (ms) => monitor.setCadenceOverride(ms),
    checkNow: () => void monitor.trigger('manual'),
    notify: notices.post,
    notificationsOn: () => settings.current().notifications,
    onChange: changed,
  })
  alerts.onExitMoves(payment.exitChanges)
  const desktop = createDesktopFeature({
    ...(deps.desktop ?? headlessDesktop),
    timers: deps.timers,
    now: deps.now,
  })
  const storage = createStorageFeature({
    targets: [
      profiles.storage,
      {
        info: deps.settingsStore.info,
        retry: deps.settingsStore.retry,
        moveAside: deps.settingsStore.moveAside,
        restore: deps.settingsStore.restore,
        reloaded: settings.reloaded,
      },
      ...payment.storageTargets(),
    ],
    timers: deps.timers,
    onChange: changed,
    readOnly: deps.readOnly ?? null,
  })
  const publisher = createStatePublisher({
    timers: deps.timers,
    build: () =>
      composeAppState({
        ...monitor.slice(),
        ...settings.slice(),
        ...profiles.slice(),
        ...notices.slice(),
        ...payment.slices(),
        ...storage.slice(),
        lang: settings.lang(),
        activeProfile: profiles.active(),
        now: deps.now(),
        timeZone: deps.timeZone,
      }),
  })
  publisherExists = true
  // Each published state carries the verdict of the evidence the alerts just folded in.
  publisher.subscribe((state) => alerts.judge(state, deps.now()))

  // `satisfies` checks at compile time that the features together serve the whole contract.
  const table = {
    getState: () => publisher.current(),
    openLink: (url) => deps.openLink(url),
    ...settings.ipc,
    ...monitor.ipc,
    ...profiles.ipc,
    ...notices.ipc,
    ...payment.ipc,
    ...storage.ipc,
    ...desktop.ipc,
  } satisfies IpcServices

  return {
    ipc: replyAfterPush(table, publisher.flush),
    state: publisher.current,
    subscribe: publisher.subscribe,
    /** The OS's hints (sleep, wake, network change) go here. */
    monitor: {
      suspend: monitor.suspend,
      resume: monitor.resume,
      trigger: monitor.trigger,
      setCadenceOverride: monitor.setCadenceOverride,
    },
    /** Alert events (exit moved, light changed, checks failing, flapping) for other features. */
    onAlert: alerts.onAlert,
    /** Notices: raised by features, their delivery reported by the glue, pages asked of the window. */
    notices: {
      post: notices.post,
      undelivered: notices.undelivered,
      find: notices.find,
      requestPage: notices.requestPage,
      clearRequestedPage: notices.clearRequestedPage,
    },
    /** History events from other features go through this one hook. */
    record: payment.record,
    /** Resolves once the history's appends in flight are written (tests, quitting). */
    settled: payment.settled,
    /** The window got focus: retry files blocked by a locked keychain or a read error. */
    focus: storage.focus,
    /** Resolves once the card profile was read: until then the verdict says it is unlocking. */
    profilesLoaded: profiles.loaded,
    /** "检查更新 / Check for updates" from the menus; resolves with where updates stand. */
    checkForUpdates: desktop.checkForUpdates,
    start: () => {
      payment.start()
      publisher.subscribe(payment.observe)
      monitor.start()
      desktop.start()
    },
    stop: () => {
      desktop.stop()
      payment.stop()
      storage.stop()
      monitor.stop()
      publisher.stop()
    },
  }
}

/** The services' shape, for the Electron glue. */
export type AppServices = Awaited<ReturnType<typeof createAppServices>>
