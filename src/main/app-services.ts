import { composeAppState } from '../shared/app-state'
import type { CountryCode } from '../shared/country'
import type { GeoProvider } from '../shared/geo/geo-providers'
import type { IpcServices } from '../shared/ipc'
import type { Timers } from '../shared/monitor/monitor'
import type { FetchFn } from '../shared/net/fetch-text'
import type { SourceSpec } from '../shared/net/sources'
import type { ProfileStore } from '../node/profile-store'
import { SETTINGS_FILE, type SettingsStore } from '../node/settings-store'
import { createMonitorFeature } from './features/monitor/monitor-feature'
import { createExitNotifier, type Notice } from './features/notifications/exit-notifier'
import { createProfilesFeature, type FileChooser } from './features/profiles/profiles-feature'
import { createSettingsFeature } from './features/settings/settings-feature'
import type { PaymentStores } from './features/history/payment-stores'
import { createPaymentFeatures } from './features/session/payment-features'
import type { PageNotice } from './features/session/payment-notices'
import { createStorageFeature } from './features/storage/storage-feature'
import { replyAfterPush } from './reply-after-push'
import { createStatePublisher } from './state-publisher'

export type { Notice } from './features/notifications/exit-notifier'

/** What the app's services need from the outside world; Electron in the app, fakes in e2e tests. */
export interface AppServicesDeps {
  readonly fetch: FetchFn
  readonly resolveProxy?: (url: string) => Promise<string>
  readonly locate: (ip: string) => CountryCode | null
  readonly sources: readonly SourceSpec[]
  readonly geoProviders: readonly GeoProvider[]
  readonly now: () => number
  readonly timers: Timers
  readonly systemLocale: string
  readonly timeZone: string | null
  readonly settingsStore: SettingsStore
  readonly profileStore: ProfileStore
  readonly files: FileChooser
  readonly binLookupUrl?: string
  readonly openLink: (url: unknown) => Promise<{ ok: boolean }>
  readonly notify?: (notice: Notice | PageNotice) => void
  /** The session, decline-log and history files (in memory when left out, as in most tests). */
  readonly paymentStores?: PaymentStores
}

/**
 * The composition root, without Electron: creates the features, joins their slices into the one
 * app state (published once per change) and their channels into the one IPC table. The app and
 * the end-to-end tests run exactly this.
 */
export async function createAppServices(deps: AppServicesDeps) {
  const saved = (await deps.settingsStore.load()).value
  // Features talk through the functions handed to them here. The arrows below that name a feature
  // created further down (settings, notifier, publisher) run only once checks start, after all
  // of them exist: the monitor and the settings need each other, so one side has to be late-bound.
  const changed = () => publisher.changed()
  const monitor = createMonitorFeature({
    ...deps,
    cadence: { paused: saved.paused, intervalMs: saved.intervalMs },
    crossCheckOn: () => settings.current().crossCheck,
    onExitChanges: (changes) => {
      notifier(changes)
      payment.exitChanges(changes)
    },
    onChange: changed,
  })
  const settings = createSettingsFeature({
    store: deps.settingsStore,
    systemLocale: deps.systemLocale,
    cadence: monitor.cadence,
    onChange: changed,
    onSaveFailed: (error) => storage.report(SETTINGS_FILE, error),
    onSaved: () => storage.saved(SETTINGS_FILE),
  })
  const notifier = createExitNotifier({
    notify: deps.notify,
    enabled: () => settings.current().notifications,
    lang: settings.lang,
  })
  const profiles = await createProfilesFeature({
    store: deps.profileStore,
    files: deps.files,
    fetch: deps.fetch,
    now: deps.now,
    ...(deps.binLookupUrl ? { binLookupUrl: deps.binLookupUrl } : {}),
    onChange: changed,
    onSaveFailed: (error) => storage.report(deps.profileStore.info().name, error),
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
    ],
    timers: deps.timers,
    onChange: changed,
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
    notify: deps.notify,
    notificationsOn: () => settings.current().notifications,
    lang: settings.lang,
    onChange: changed,
  })
  const publisher = createStatePublisher({
    timers: deps.timers,
    build: () =>
      composeAppState({
        ...monitor.slice(),
        ...settings.slice(),
        ...profiles.slice(),
        ...payment.slices(),
        ...storage.slice(),
        lang: settings.lang(),
        activeProfile: profiles.active(),
        now: deps.now(),
        timeZone: deps.timeZone,
      }),
  })

  // `satisfies` checks at compile time that the features together serve the whole contract.
  const table = {
    getState: () => publisher.current(),
    openLink: (url) => deps.openLink(url),
    ...settings.ipc,
    ...monitor.ipc,
    ...profiles.ipc,
    ...payment.ipc,
    ...storage.ipc,
  } satisfies IpcServices

  return {
    ipc: replyAfterPush(table, publisher.flush),
    state: publisher.current,
    subscribe: publisher.subscribe,
    /** The OS's hints (sleep, wake, network change) go here. */
    monitor: { suspend: monitor.suspend, resume: monitor.resume, trigger: monitor.trigger },
    /** History events from other features (the alert policy) go through this one hook. */
    record: payment.record,
    /** Resolves once the history's appends in flight are written (tests, quitting). */
    settled: payment.settled,
    start: () => {
      payment.start()
      publisher.subscribe(payment.observe)
      monitor.start()
    },
    /** The window got focus: retry files blocked by a locked keychain or a read error. */
    focus: storage.focus,
    stop: () => {
      payment.stop()
      storage.stop()
      monitor.stop()
      publisher.stop()
    },
  }
}

/** The services' shape, for the Electron glue. */
export type AppServices = Awaited<ReturnType<typeof createAppServices>>
