import { createAppServices, type Notice } from '../../src/main/app-services'
import { defaultSettings, type Settings } from '../../src/shared/settings'
import type { FetchFn } from '../../src/shared/net/fetch-text'
import type { SourceSpec } from '../../src/shared/net/sources'
import type { GeoProvider } from '../../src/shared/geo/geo-providers'
import type { CountryCode } from '../../src/shared/country'

/** The real app services with in-memory settings and recorded notifications, for tests. */
export async function createTestServices(options: {
  fetch: FetchFn
  sources: SourceSpec[]
  geoProviders?: GeoProvider[]
  locate?: (ip: string) => CountryCode | null
  settings?: Partial<Settings>
  systemLocale?: string
}) {
  const notices: Notice[] = []
  const saved: Settings[] = []
  const opened: string[] = []
  const services = await createAppServices({
    fetch: options.fetch,
    resolveProxy: async (url) => (url.includes('stripe') ? 'PROXY 127.0.0.1:7890' : 'DIRECT'),
    locate: options.locate ?? (() => null),
    sources: options.sources,
    geoProviders: options.geoProviders ?? [],
    now: () => Date.now(),
    timers: {
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    },
    systemLocale: options.systemLocale ?? 'zh-CN',
    settingsStore: {
      load: async () => ({ ...defaultSettings, ...options.settings }),
      save: async (s) => void saved.push(s),
    },
    openLink: async (url) => {
      opened.push(String(url))
      return { ok: true }
    },
    notify: (n) => notices.push(n),
  })
  return { services, notices, saved, opened }
}
