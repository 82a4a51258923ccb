import type { Lang } from '../../../shared/geo/country'
import { langFromLocale } from '../../../shared/i18n/translate'
import type { IpcServices } from '../../../shared/contract/ipc'
import type { SavedOrError } from '../../../shared/contract/ipc-channels'
import { createLogger } from '../../../shared/util/logger'
import type { Settings } from '../../../shared/contract/settings'
import type { DocStore } from '../../../shared/history/stores'
import type { StorageError } from '../../../shared/storage/kept-file-types'
import { defineFeature, type FeatureContext } from '../feature'
import { docTarget } from '../storage/storage-target'

/** Hears every change once it is saved: what was asked for, and the settings before it. */
export type SettingsListener = (patch: Partial<Settings>, before: Settings) => void

/** What the settings feature needs: its kept file, the locale, and where save failures go. */
export interface SettingsFeatureDeps extends Pick<FeatureContext, 'onChange'> {
  readonly settingsStore: DocStore<Settings>
  readonly systemLocale: string
  /** The storage feature: the window says why a save failed, and forgets it once one worked. */
  readonly storage: {
    readonly report: (name: string, error: StorageError) => void
    readonly saved: (name: string) => void
  }
}

const log = createLogger('settings')

/**
 * The user's preferences, all held by the kept file: language, cadence (pause and interval),
 * merchants, cross-check and notifications. A change is written first and applied only once
 * saved, so a failed save changes nothing, on disk or in the app, and answers with the reason
 * instead of ok. Others (the monitor) read the settings and hear each saved change.
 */
export async function createSettingsFeature(deps: SettingsFeatureDeps) {
  await deps.settingsStore.load()
  const listeners = new Set<SettingsListener>()
  const current = (): Settings => deps.settingsStore.value()
  const name = () => deps.settingsStore.info().name
  const tell = (patch: Partial<Settings>, before: Settings) => {
    for (const listener of listeners) listener(patch, before)
  }

  const apply = async (patch: Partial<Settings>): Promise<SavedOrError> => {
    const before = current()
    // A level set through the window is the user's choice from now on, whatever the default.
    const chosen = patch.alertLevel === undefined ? {} : { alertLevelChosen: true }
    const result = await deps.settingsStore.save({ ...before, ...patch, ...chosen })
    if (!result.ok) {
      log.error('could not save settings; nothing changed', { code: result.error.code })
      deps.storage.report(name(), result.error)
      deps.onChange()
      return { ok: false, error: result.error }
    }
    deps.storage.saved(name())
    deps.onChange()
    tell(patch, before)
    return { ok: true }
  }

  const ipc = {
    setPaused: (paused) => apply({ paused }),
    setLanguage: (language) => apply({ language }),
    updateSettings: (patch) => apply(patch),
  } satisfies Pick<IpcServices, 'setPaused' | 'setLanguage' | 'updateSettings'>

  /** The language in effect: the setting resolved against the system locale. */
  const lang = (): Lang => {
    const { language } = current()
    return language === 'system' ? langFromLocale(deps.systemLocale) : language
  }
  // The file was read again or restored: whoever runs on the cadence takes it from the file.
  const reloaded = () => {
    const { paused, intervalMs } = current()
    tell({ paused, intervalMs }, current())
    deps.onChange()
  }

  return defineFeature({
    ipc,
    files: [docTarget(deps.settingsStore, reloaded)],
    current,
    lang,
    /** Hears every saved change; returns the unsubscribe function. */
    onApplied: (listener: SettingsListener): (() => void) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    slice: () => ({ settings: current(), lang: lang() }),
  })
}

/** The settings feature's shape. */
export type SettingsFeature = Awaited<ReturnType<typeof createSettingsFeature>>
