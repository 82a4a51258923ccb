import type { AppState } from '../shared/app-state'
import type { CountryCode } from '../shared/country'
import { createCrossCheck } from '../shared/geo/cross-check'
import type { GeoProvider } from '../shared/geo/geo-providers'
import { langFromLocale } from '../shared/i18n/translate'
import type { IpcServices } from '../shared/ipc'
import { createLogger } from '../shared/logger'
import { msUntilStale } from '../shared/monitor/freshness'
import { createMonitor, type Timers } from '../shared/monitor/monitor'
import { runFullCheck, runProbe, type CheckDeps } from '../shared/monitor/run-check'
import type { FetchFn } from '../shared/net/fetch-text'
import type { SourceSpec } from '../shared/net/sources'
import type { Settings } from '../shared/settings'
import { evaluate } from '../shared/verdict/evaluate'
import { createBinLookup } from './bin-lookup'
import { createExitWatch, type Notice } from './exit-watch'
import { createProfileServices, type FileChooser } from './profile-services'
import type { ProfileStore } from './profile-store'

export type { Notice } from './exit-watch'

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

const log = createLogger('services')
const REFRESH_MS = 15_000

/**
 * The main process without Electron: monitor, profiles, settings, verdict, notifications and the
 * IPC services. The app and the end-to-end tests run exactly this.
 */
export async function createAppServices(deps: AppServicesDeps) {
  let settings = await deps.settingsStore.load()
  const listeners = new Set<(state: AppState) => void>()
  const crossCheck = createCrossCheck({
    fetch: deps.fetch,
    providers: deps.geoProviders,
    now: deps.now,
  })
  const checkDeps = (): CheckDeps => ({
    fetch: deps.fetch,
    sources: deps.sources,
    locate: deps.locate,
    crossCheck: settings.crossCheck ? crossCheck : null,
    ...(deps.resolveProxy ? { resolveProxy: deps.resolveProxy } : {}),
    now: deps.now,
  })
  const lang = () =>
    settings.language === 'system' ? langFromLocale(deps.systemLocale) : settings.language
  const exitWatch = createExitWatch(deps.notify)
  const emit = () => {
    const current = state()
    for (const listener of listeners) listener(current)
  }
  const binLookup = createBinLookup({
    fetch: deps.fetch,
    now: deps.now,
    ...(deps.binLookupUrl ? { baseUrl: deps.binLookupUrl } : {}),
  })
  const profiles = await createProfileServices(
    deps.profileStore,
    binLookup,
    deps.files,
    deps.now,
    emit,
  )

  const monitor = createMonitor({
    fullCheck: () => runFullCheck(checkDeps()),
    probe: (previous) => runProbe(checkDeps(), previous),
    now: deps.now,
    timers: deps.timers,
    intervalMs: settings.intervalMs,
    onUpdate: (snapshot) => {
      exitWatch.observe(snapshot.observation, lang(), settings.notifications)
      emit()
      if (refreshTimer !== null) scheduleRefresh()
    },
  })

  function state(): AppState {
    const snapshot = monitor.snapshot()
    const context = {
      ...snapshot,
      now: deps.now(),
      exitChangedAt: exitWatch.changedAt(),
      timeZone: deps.timeZone,
    }
    return {
      monitor: snapshot,
      settings,
      lang: lang(),
      verdict: evaluate(profiles.active(), snapshot.observation, context),
      profiles: profiles.info(),
    }
  }

  // Evidence ages without any event: re-evaluate on a local timer so staleness turns the light grey
  // on time and the tray's "checked … ago" stays true. No network traffic.
  let refreshTimer: unknown = null
  const refresh = () => {
    emit()
    scheduleRefresh()
  }
  const scheduleRefresh = () => {
    if (refreshTimer !== null) deps.timers.clearTimeout(refreshTimer)
    const untilStale = msUntilStale(monitor.snapshot(), deps.now())
    refreshTimer = deps.timers.setTimeout(refresh, Math.min(REFRESH_MS, untilStale ?? REFRESH_MS))
  }

  const updateSettings = async (patch: Partial<Settings>) => {
    settings = { ...settings, ...patch }
    await deps.settingsStore
      .save(settings)
      .catch((error: unknown) => log.error('could not save settings', { error: String(error) }))
    emit()
  }

  const ipc: IpcServices = {
    getState: () => state(),
    checkNow: async () => {
      await monitor.trigger('manual')
      return state()
    },
    setPaused: async (paused) => {
      monitor.setPaused(paused)
      await updateSettings({ paused })
      return state()
    },
    setLanguage: async (language) => {
      await updateSettings({ language })
      return state()
    },
    updateSettings: async (patch) => {
      if (patch.intervalMs !== undefined) monitor.setIntervalMs(patch.intervalMs)
      await updateSettings(patch)
      return state()
    },
    openLink: (url) => deps.openLink(url),
    saveProfile: async (input) => {
      const result = await profiles.save(input)
      return result.ok ? { ok: true, state: state() } : result
    },
    deleteProfile: async (id) => {
      await profiles.remove(id)
      return state()
    },
    setActiveProfile: async (id) => {
      await profiles.activate(id)
      return state()
    },
    lookupBin: (bin) => profiles.lookupBin(bin),
    exportProfiles: () => profiles.exportTo(),
    importProfiles: async () => {
      const result = await profiles.importFrom()
      return result.ok ? { ...result, state: state() } : result
    },
  }

  return {
    ipc,
    state,
    monitor,
    /** Listens for every state change; returns the unsubscribe function. */
    subscribe(listener: (state: AppState) => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    /** Starts monitoring unless the user left it paused. */
    start: () => {
      scheduleRefresh()
      if (settings.paused) monitor.setPaused(true)
      else void monitor.start()
    },
    stop: () => {
      if (refreshTimer !== null) deps.timers.clearTimeout(refreshTimer)
      monitor.stop()
    },
  }
}

/** The services' shape, for the Electron glue. */
export type AppServices = Awaited<ReturnType<typeof createAppServices>>
