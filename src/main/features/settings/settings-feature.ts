import type { Lang } from '../../../shared/geo/country'
import { langFromLocale } from '../../../shared/i18n/translate'
import type { IpcServices } from '../../../shared/contract/ipc'
import type { SavedOrError } from '../../../shared/contract/ipc-channels'
import { createLogger } from '../../../shared/util/logger'
import type { Settings } from '../../../shared/contract/settings'
import type { StorageError, StorageResult } from '../../../shared/storage/kept-file-types'

/** How often and whether the monitor runs; it lives in the monitor, the one place it is held. */
export type Cadence = Pick<Settings, 'paused' | 'intervalMs'>

/** What the settings feature needs: its kept file (loaded), the locale, and the monitor's cadence. */
export interface SettingsFeatureDeps {
  readonly store: { value(): Settings; save(settings: Settings): Promise<StorageResult> }
  readonly systemLocale: string
  readonly cadence: { readonly get: () => Cadence; readonly set: (patch: Partial<Cadence>) => void }
  readonly onChange: () => void
  /** A save failed (disk full, file unreadable): the window says so; nothing was changed. */
  readonly onSaveFailed?: (error: StorageError) => void
  readonly onSaved?: () => void
  /** The watched merchants changed: their edges must be asked now, not at the next full check. */
  readonly onMerchantsChange?: () => void
}

const log = createLogger('settings')

/**
 * The user's preferences: language, cross-check and notifications held by the kept file, the
 * cadence (pause and interval) held by the monitor and only persisted here. A change is written
 * first and applied only once saved, so a failed save changes nothing, on disk or in the app, and
 * answers with the reason instead of ok.
 */
export function createSettingsFeature(deps: SettingsFeatureDeps) {
  const current = (): Settings => ({ ...deps.store.value(), ...deps.cadence.get() })

  const apply = async (patch: Partial<Settings>): Promise<SavedOrError> => {
    const merchantsChanged =
      patch.merchants !== undefined && patch.merchants.join() !== current().merchants.join()
    // A level set through the window is the user's choice from now on, whatever the default.
    const chosen = patch.alertLevel === undefined ? {} : { alertLevelChosen: true }
    const result = await deps.store.save({ ...current(), ...patch, ...chosen })
    if (!result.ok) {
      log.error('could not save settings; nothing changed', { code: result.error.code })
      deps.onSaveFailed?.(result.error)
      deps.onChange()
      return { ok: false, error: result.error }
    }
    const { paused, intervalMs } = patch
    const cadence = {
      ...(paused === undefined ? {} : { paused }),
      ...(intervalMs === undefined ? {} : { intervalMs }),
    }
    if (Object.keys(cadence).length > 0) deps.cadence.set(cadence)
    deps.onSaved?.()
    deps.onChange()
    if (merchantsChanged) deps.onMerchantsChange?.()
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
    /** The file was read again or restored: the monitor takes its cadence from it. */
    reloaded: () => {
      const { paused, intervalMs } = deps.store.value()
      deps.cadence.set({ paused, intervalMs })
    },
    /** The language in effect: the setting resolved against the system locale. */
    lang: (): Lang => {
      const { language } = deps.store.value()
      return language === 'system' ? langFromLocale(deps.systemLocale) : language
    },
    /** This feature's part of the app state. */
    slice: () => ({ settings: current() }),
  }
}

/** The settings feature's shape. */
export type SettingsFeature = ReturnType<typeof createSettingsFeature>
