import { create } from 'zustand'
import type { AppState } from '../../../shared/app-state'
import type { LanguageSetting, SettingsPatch } from '../../../shared/settings'
import { defaultAppData, type AppData } from './defaults'

/** The store: data pushed from main plus the actions the UI calls. */
export interface AppStore extends AppData {
  readonly receive: (app: AppState) => void
  readonly checkNow: () => Promise<void>
  readonly setPaused: (paused: boolean) => Promise<void>
  readonly setLanguage: (language: LanguageSetting) => Promise<void>
  readonly updateSettings: (patch: SettingsPatch) => Promise<void>
  readonly setActiveProfile: (id: string) => Promise<void>
  readonly deleteProfile: (id: string) => Promise<void>
  readonly reset: () => void
}

function isAppState(value: unknown): value is AppState {
  return value !== null && typeof value === 'object' && 'monitor' in value && 'verdict' in value
}

/** Runs an IPC call; a rejection value (errors never cross IPC as throws) becomes the store's error. */
async function call(
  set: (patch: Partial<AppData>) => void,
  run: () => Promise<unknown>,
): Promise<void> {
  set({ busy: true, error: null })
  try {
    const result = await run()
    if (isAppState(result)) set({ app: result, busy: false })
    else set({ busy: false, error: 'request refused' })
  } catch (error) {
    set({ busy: false, error: String(error) })
  }
}

/** The one app store; actions talk to main through `window.paylight`. */
export const useAppStore = create<AppStore>()((set) => ({
  ...defaultAppData,
  receive: (app) => set({ app }),
  checkNow: () => call(set, () => window.paylight.checkNow()),
  setPaused: (paused) => call(set, () => window.paylight.setPaused(paused)),
  setLanguage: (language) => call(set, () => window.paylight.setLanguage(language)),
  updateSettings: (patch) => call(set, () => window.paylight.updateSettings(patch)),
  setActiveProfile: (id) => call(set, () => window.paylight.setActiveProfile(id)),
  deleteProfile: (id) => call(set, () => window.paylight.deleteProfile(id)),
  reset: () => set(defaultAppData),
}))
