import { createAppServices } from '../../src/main/app-services'
import type { NoticeRecord } from '../../src/shared/contract/notices'
import { realTimers } from '../../src/shared/monitor/timers'
import { defaultSettings, type Settings } from '../../src/shared/contract/settings'
import type { FetchFn } from '../../src/shared/net/fetch-text'
import type { SourceSpec } from '../../src/shared/net/sources'
import type { GeoProvider } from '../../src/shared/geo/geo-providers'
import type { CountryCode } from '../../src/shared/geo/country'
import type { Timers } from '../../src/shared/monitor/timers'
import { mkdtempSync, rmSync } from 'node:fs'
import { onTestFinished } from 'vitest'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createProfileStore, type ProfileStore } from '../../src/node/profile-store'
import { createSettingsStore } from '../../src/node/settings-store'
import { fakeCipher } from './fake-cipher'

/**
 * The real app services with in-memory settings and recorded notifications, for tests; stopped,
 * and their data folder removed, when the calling test finishes.
 */
export async function createTestServices(options: {
  fetch: FetchFn
  sources: SourceSpec[]
  geoProviders?: GeoProvider[]
  locate?: (ip: string) => CountryCode | null
  settings?: Partial<Settings>
  systemLocale?: string
  profileStore?: ProfileStore
  files?: {
    chooseExportFile: () => Promise<string | null>
    chooseImportFile: () => Promise<string | null>
  }
  binLookupUrl?: string
  /** The clock and timers the services run on (a controllable pair in fault tests). */
  now?: () => number
  timers?: Timers
  timeoutMs?: number
  resolveProxy?: (url: string) => Promise<string>
  /** Keep the payment session, decline log and history in files (in memory when left out). */
  paymentFiles?: boolean
  /** Reuse a data folder (a restart); a new one otherwise. */
  dataDir?: string
  /** Resolve before the profile file is read (a keychain prompt); by default after it. */
  profilesPending?: boolean
}) {
  const dir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'paylight-services-'))
  const notices: NoticeRecord[] = []
  const saved: Settings[] = []
  const opened: string[] = []
  // The real settings file in the test's folder, seeded with the test's settings; saves recorded.
  const settingsStore = createSettingsStore(dir)
  if (options.settings) await settingsStore.save({ ...defaultSettings, ...options.settings })
  const recordingSettings = {
    ...settingsStore,
    save: async (s: Settings) => {
      const result = await settingsStore.save(s)
      if (result.ok) saved.push(s)
      return result
    },
  }
  const services = await createAppServices({
    fetch: options.fetch,
    resolveProxy:
      options.resolveProxy ??
      (async (url) => (url.includes('stripe') ? 'PROXY 127.0.0.1:7890' : 'DIRECT')),
    locate: options.locate ?? (() => null),
    sources: options.sources,
    geoProviders: options.geoProviders ?? [],
    now: options.now ?? (() => Date.now()),
    timers: options.timers ?? realTimers,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    systemLocale: options.systemLocale ?? 'zh-CN',
    timeZone: null,
    profileStore: options.profileStore ?? createProfileStore(dir, fakeCipher()),
    files: options.files ?? {
      chooseExportFile: async () => path.join(dir, 'export.json'),
      chooseImportFile: async () => path.join(dir, 'export.json'),
    },
    ...(options.binLookupUrl ? { binLookupUrl: options.binLookupUrl } : {}),
    settingsStore: recordingSettings,
    openLink: async (url) => {
      opened.push(String(url))
      return { ok: true }
    },
    notify: (n) => notices.push(n),
    ...(options.paymentFiles ? { dataFolder: { dir } } : {}),
  })
  if (!options.profilesPending) {
    await services.profilesLoaded
    // The state as it is once the profiles are in, published before the test subscribes.
    services.state()
  }
  onTestFinished(() => {
    services.stop()
    rmSync(dir, { recursive: true, force: true })
  })
  return { services, notices, saved, opened, dir }
}
