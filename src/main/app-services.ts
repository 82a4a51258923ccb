import { randomUUID } from 'node:crypto'
import { composeAppState } from '../shared/contract/app-state'
import type { IpcServices } from '../shared/contract/ipc'
import { maskCardNumbersIn } from '../shared/profile/mask-deep'
import { setLogRedactor } from '../shared/util/logger'
import type { AppServicesDeps } from './app-services-deps'
import { createAlertsFeature } from './features/alerts/alerts-feature'
import { createAttemptFeature } from './features/attempt/attempt-feature'
import { createDeclinesFeature } from './features/declines/declines-feature'
import { createDesktopFeature, headlessDesktop } from './features/desktop/desktop-feature'
import { joinIpc, joinSlices, type FeatureContext } from './features/feature'
import { createHistoryFeature } from './features/history/history-feature'
import { createMonitorFeature } from './features/monitor/monitor-feature'
import { createNoticesFeature, userNotices } from './features/notices/notices-feature'
import { createProfilesFeature } from './features/profiles/profiles-feature'
import { createSessionFeature } from './features/session/session-feature'
import { createSettingsFeature } from './features/settings/settings-feature'
import { createStorageFeature } from './features/storage/storage-feature'
import { publishAround } from './publish-around'
import { createStatePublisher } from './state-publisher'

export type { AppServicesDeps } from './app-services-deps'
export type { AlertEvent } from '../shared/alerts/alert-event'

/**
 * The composition root, without Electron: creates the features, each from the ones made before
 * it, then joins their slices into the one app state (judged, then published once per change) and
 * their channels into the one IPC table. The app and the end-to-end tests run exactly this.
 */
export async function createAppServices(deps: AppServicesDeps) {
  // Main's log lines never show a card number, whatever a caller put in them.
  setLogRedactor(maskCardNumbersIn)
  const publisher = createStatePublisher(deps)
  const { now, timers, dataFolder: folder = null } = deps
  const newId = () => randomUUID().toLowerCase()
  const app: FeatureContext = { now, timers, newId, folder, onChange: publisher.changed }
  const storage = createStorageFeature({ ...app, readOnly: deps.readOnly ?? null })
  const notices = createNoticesFeature({ ...app, deliver: deps.notify })
  const settings = await createSettingsFeature({ ...deps, ...app, storage })
  // Not awaited: the profile file is read (and decrypted) in the background.
  const profiles = createProfilesFeature({ ...deps, ...app, storage })
  const monitor = createMonitorFeature({ ...deps, ...app, settings })
  const history = await createHistoryFeature(app)
  const notify = userNotices(notices, settings)
  const declines = await createDeclinesFeature({ ...app, monitor, profiles, history, notify })
  const session = await createSessionFeature({ ...app, monitor, history, declines, notify })
  const attempt = await createAttemptFeature({ ...app, history })
  const alerts = createAlertsFeature({ ...app, monitor, history, notify: notices.post })
  const desktop = createDesktopFeature({ ...(deps.desktop ?? headlessDesktop), ...app })
  // Those keeping files first, in the order the window lists their files.
  const keeping = [profiles, settings, session, declines, history, attempt] as const
  const features = [...keeping, monitor, notices, alerts, desktop, storage] as const
  storage.keep(features.flatMap((f) => f.files))
  publisher.connect({
    compose: () =>
      composeAppState({ ...joinSlices(features), now: now(), timeZone: deps.timeZone }),
    judges: features.flatMap((f) => ('judge' in f ? [f.judge] : [])),
  })
  // `satisfies` checks at compile time that the features together serve the whole contract.
  const table = { ...joinIpc(features), getState: publisher.current, openLink: deps.openLink }

  return {
    ipc: publishAround(table satisfies IpcServices, publisher.flush),
    state: publisher.current,
    subscribe: publisher.subscribe,
    /** The OS's hints (sleep, wake, network change) and a payment's faster cadence go here. */
    monitor,
    /** Notices: raised by features, their delivery reported by the glue, pages asked of the window. */
    notices,
    /** Alert events (exit moved, light changed, checks failing, flapping), whatever the level. */
    onAlert: alerts.onAlert,
    /** History events from elsewhere go through this one hook. */
    record: history.record,
    /** Resolves once the history's appends in flight are written (tests, quitting). */
    settled: history.settled,
    /** The window got focus: retry files blocked by a locked keychain or a read error. */
    focus: storage.focus,
    /** Resolves once the card profile was read: until then the verdict says it is unlocking. */
    profilesLoaded: profiles.loaded,
    /** "检查更新 / Check for updates" from the menus; resolves with where updates stand. */
    checkForUpdates: desktop.checkForUpdates,
    start: () => features.forEach((f) => 'start' in f && f.start()),
    stop: () => {
      features.forEach((f) => 'stop' in f && f.stop())
      publisher.stop()
    },
  }
}

/** The services' shape, for the Electron glue. */
export type AppServices = Awaited<ReturnType<typeof createAppServices>>
