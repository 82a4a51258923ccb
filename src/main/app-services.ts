import { composeAppState } from '../shared/app-state'
import type { CountryCode } from '../shared/country'
import type { GeoProvider } from '../shared/geo/geo-providers'
import type { IpcServices } from '../shared/ipc'
import type { Timers } from '../shared/monitor/monitor'
import type { FetchFn } from '../shared/net/fetch-text'
import type { SourceSpec } from '../shared/net/sources'
import type { Settings } from '../shared/settings'
import type { ProfileStore } from '../node/profile-store'
import { createMonitorFeature } from './features/monitor/monitor-feature'
import { createAlertsFeature } from './features/notifications/alerts-feature'
import { createProfilesFeature, type FileChooser } from './features/profiles/profiles-feature'
import { createSettingsFeature } from './features/settings/settings-feature'
import { replyAfterPush } from './reply-after-push'
import { createStatePublisher } from './state-publisher'

import type { Notice } from '../shared/alerts/alert-notice'

export type { Notice } from '../shared/alerts/alert-notice'
export type { AlertEvent } from '../shared/alerts/alert-event'

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
  readonly settingsStore: { load(): Promise<Settings>; save(settings: Settings): Promise<void> }
  readonly profileStore: ProfileStore
  readonly files: FileChooser
  readonly binLookupUrl?: string
  readonly openLink: (url: unknown) => Promise<{ ok: boolean }>
  readonly notify?: (notice: Notice) => void
}

/**
 * The composition root, without Electron: creates the features, joins their slices into the one
 * app state (published once per change) and their channels into the one IPC table. The app and
 * the end-to-end tests run exactly this.
 */
export async function createAppServices(deps: AppServicesDeps) {
  const saved = await deps.settingsStore.load()
  // Features talk through the functions handed to them here. The arrows below that name a feature
  // created further down (settings, notifier, publisher) run only once checks start, after all
  // of them exist: the monitor and the settings need each other, so one side has to be late-bound.
  const changed = () => publisher.changed()
  const alerts = createAlertsFeature({
    notify: deps.notify,
    level: () => {
      const { notifications, alertLevel } = settings.current()
      return notifications ? alertLevel : 'off'
    },
    lang: () => settings.lang(),
  })
  const monitor = createMonitorFeature({
    ...deps,
    cadence: { paused: saved.paused, intervalMs: saved.intervalMs },
    crossCheckOn: () => settings.current().crossCheck,
    onSnapshot: alerts.observe,
    exitChangedAt: alerts.exitChangedAt,
    onChange: changed,
  })
  const settings = createSettingsFeature({
    saved,
    store: deps.settingsStore,
    systemLocale: deps.systemLocale,
    cadence: monitor.cadence,
    onChange: changed,
  })
  const profiles = await createProfilesFeature({
    store: deps.profileStore,
    files: deps.files,
    fetch: deps.fetch,
    now: deps.now,
    ...(deps.binLookupUrl ? { binLookupUrl: deps.binLookupUrl } : {}),
    onChange: changed,
  })
  const publisher = createStatePublisher({
    timers: deps.timers,
    build: () =>
      composeAppState({
        ...monitor.slice(),
        ...settings.slice(),
        ...profiles.slice(),
        lang: settings.lang(),
        activeProfile: profiles.active(),
        now: deps.now(),
        timeZone: deps.timeZone,
      }),
  })
  // Each published state carries the verdict of the evidence the alerts just folded in.
  publisher.subscribe((state) => alerts.judge(state, deps.now()))

  // `satisfies` checks at compile time that the features together serve the whole contract.
  const table = {
    getState: () => publisher.current(),
    openLink: (url) => deps.openLink(url),
    ...settings.ipc,
    ...monitor.ipc,
    ...profiles.ipc,
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
    start: monitor.start,
    stop: () => {
      monitor.stop()
      publisher.stop()
    },
  }
}

/** The services' shape, for the Electron glue. */
export type AppServices = Awaited<ReturnType<typeof createAppServices>>
