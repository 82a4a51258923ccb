import path from 'node:path'
import type { App } from 'electron'
import type { AppState } from '../../shared/contract/app-state'
import { geoProviderSchema, type GeoProvider } from '../../shared/geo/geo-providers'
import { parseSourceList, type SourceSpec } from '../../shared/net/sources'

/**
 * TEST ONLY. The Electron smoke test (test/electron/) starts the built, unpackaged app with these
 * set; a packaged build never reads them. The user data folder to use (an absolute path), and the
 * sources to check as JSON (`{ "sources": [...], "geo": [...] }`, the CLI's `--sources` format),
 * every URL on the loopback address: a smoke test must not send a real user's checks elsewhere.
 */
export const SMOKE_USER_DATA_ENV = 'PAYLIGHT_SMOKE_USER_DATA'
export const SMOKE_SOURCES_ENV = 'PAYLIGHT_SMOKE_SOURCES'
/** Where the app hands the smoke test what it cannot see from outside (the tray, the state). */
export const SMOKE_PROBE_GLOBAL = '__paylightSmokeProbe'

/** What the smoke test changed; both null in every normal start. */
export interface SmokeOverrides {
  readonly userData: string | null
  readonly sources: { readonly sources: SourceSpec[]; readonly geo: GeoProvider[] } | null
}

const NONE: SmokeOverrides = { userData: null, sources: null }
const LOOPBACK = /^https?:\/\/(?:127\.0\.0\.1|\[::1\]|localhost)(?::\d+)?\//

/** Reads the overrides; throws on a malformed value (a smoke test must fail, not check the internet). */
export function readSmokeOverrides(env: NodeJS.ProcessEnv, isPackaged: boolean): SmokeOverrides {
  if (isPackaged) return NONE
  const userData = env[SMOKE_USER_DATA_ENV] ?? null
  const sourcesJson = env[SMOKE_SOURCES_ENV] ?? null
  if (userData === null && sourcesJson === null) return NONE
  if (userData !== null && !path.isAbsolute(userData))
    throw new Error(`${SMOKE_USER_DATA_ENV} must be an absolute path`)
  let sources: SmokeOverrides['sources'] = null
  if (sourcesJson !== null) {
    const json = JSON.parse(sourcesJson) as { sources?: unknown; geo?: unknown }
    const parsed = parseSourceList(json.sources)
    if (!parsed.ok) throw new Error(`${SMOKE_SOURCES_ENV}: ${parsed.problems.join('; ')}`)
    const geo = geoProviderSchema.array().parse(json.geo ?? [])
    const urls = [...parsed.sources.map((s) => s.url), ...geo.map((g) => g.url)]
    const remote = urls.find((url) => !LOOPBACK.test(url))
    if (remote) throw new Error(`${SMOKE_SOURCES_ENV}: not a loopback address: ${remote}`)
    sources = { sources: parsed.sources, geo }
  }
  return { userData, sources }
}

/**
 * Applies the overrides before `ready` (Electron reads the user data folder early) and returns
 * them for the sources. The one line in index.ts:
 * `const smoke = applySmokeOverrides(app, process.env)`.
 */
export function applySmokeOverrides(
  app: Pick<App, 'isPackaged' | 'setPath'>,
  env: NodeJS.ProcessEnv,
): SmokeOverrides {
  const overrides = readSmokeOverrides(env, app.isPackaged)
  if (overrides.userData) app.setPath('userData', overrides.userData)
  return overrides
}

/** What the smoke test reads from the running app. */
export interface SmokeProbe {
  readonly hasTray: () => boolean
  readonly state: () => AppState | null
  /** What the tray's "Open PayLight" does (a test cannot click a tray icon). */
  readonly openWindow: () => void
}

/** Hands the smoke test its probe, only when the overrides are in force. */
export function exposeSmokeProbe(
  overrides: SmokeOverrides,
  probe: SmokeProbe,
  target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>,
): void {
  if (overrides.userData !== null || overrides.sources !== null) target[SMOKE_PROBE_GLOBAL] = probe
}
