import type { Lang } from '../../../shared/country'
import { langFromLocale } from '../../../shared/i18n/translate'
import type { IpcServices } from '../../../shared/ipc'
import { createLogger } from '../../../shared/logger'
import type { Settings } from '../../../shared/settings'

/** How often and whether the monitor runs; it lives in the monitor, the one place it is held. */
export type Cadence = Pick<Settings, 'paused' | 'intervalMs'>

/** What the settings feature needs: its file, the locale, and the monitor's cadence. */
export interface SettingsFeatureDeps {
  readonly saved: Settings
  readonly store: { save(settings: Settings): Promise<void> }
  readonly systemLocale: string
  readonly cadence: { readonly get: () => Cadence; readonly set: (patch: Partial<Cadence>) => void }
  readonly onChange: () => void
  /** The watched merchants changed: their edges must be asked now, not at the next full check. */
  readonly onMerchantsChange?: () => void
}

const log = createLogger('settings')

/**
 * The user's preferences: language, cross-check and notifications held here, the cadence (pause
 * and interval) held by the monitor and only persisted here, so neither is written twice.
 */
export function createSettingsFeature(deps: SettingsFeatureDeps) {
  const { language, crossCheck, notifications, merchants, alertLevel } = deps.saved
  let prefs: Omit<Settings, keyof Cadence> = {
    language,
    crossCheck,
    notifications,
    merchants,
    alertLevel,
  }
  const current = (): Settings => ({ ...prefs, ...deps.cadence.get() })

  const apply = async (patch: Partial<Settings>): Promise<{ ok: true }> => {
    const { paused, intervalMs, ...rest } = patch
    const cadence = {
      ...(paused === undefined ? {} : { paused }),
      ...(intervalMs === undefined ? {} : { intervalMs }),
    }
    if (Object.keys(cadence).length > 0) deps.cadence.set(cadence)
    const merchantsChanged =
      rest.merchants !== undefined && rest.merchants.join() !== prefs.merchants.join()
    prefs = { ...prefs, ...rest }
    deps.onChange()
    if (merchantsChanged) deps.onMerchantsChange?.()
    await deps.store
      .save(current())
      .catch((error: unknown) => log.error('could not save settings', { error: String(error) }))
    return { ok: true }
  }

  const ipc = {
    setPaused: (paused) => apply({ paused }),
    setLanguage: (language) => apply({ language }),
    updateSettings: (patch) => apply(patch),
  } satisfies Pick<IpcServices, 'setPaused' | 'setLanguage' | 'updateSettings'>

  return {
    ipc,
    current,
    /** The language in effect: the setting resolved against the system locale. */
    lang: (): Lang =>
      prefs.language === 'system' ? langFromLocale(deps.systemLocale) : prefs.language,
    /** This feature's part of the app state. */
    slice: () => ({ settings: current() }),
  }
}

/** The settings feature's shape. */
export type SettingsFeature = ReturnType<typeof createSettingsFeature>
