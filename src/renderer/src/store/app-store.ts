import { create } from 'zustand'
import type { AppState } from '../../../shared/contract/app-state'
import type { IpcRejection } from '../../../shared/contract/ipc-channels'
import type { ProfileBook } from '../../../shared/profile/schema'
import type { LanguageSetting, SettingsPatch } from '../../../shared/contract/settings'
import { defaultAppData, type AppData } from './defaults'
import { unwrap } from './unwrap'

/** The store: data pushed from main plus the actions the UI calls. */
export interface AppStore extends AppData {
  /** Takes a state from main; anything not newer than what the store holds is dropped. */
  readonly receive: (app: AppState) => void
  readonly checkNow: () => Promise<void>
  readonly setPaused: (paused: boolean) => Promise<void>
  readonly setLanguage: (language: LanguageSetting) => Promise<void>
  readonly updateSettings: (patch: SettingsPatch) => Promise<void>
  /** Switches profile; resolves with the book to load into the form, or null when refused. */
  readonly setActiveProfile: (id: string) => Promise<ProfileBook | null>
  /** Deletes a profile; resolves with the book to load into the form, or null when refused. */
  readonly deleteProfile: (id: string) => Promise<ProfileBook | null>
  /** Tells main the user has read a notice the system did not show. */
  readonly dismissNotice: (id: string) => Promise<void>
  readonly reset: () => void
}

/** The one app store; actions talk to main through `window.paylight`. */
export const useAppStore = create<AppStore>()((set, get) => ({
  ...defaultAppData,
  receive: (app) => {
    const held = get().app
    if (held === null || app.revision > held.revision) set({ app })
  },
  checkNow: () => busyCall(() => window.paylight.checkNow()),
  setPaused: (paused) => busyCall(() => window.paylight.setPaused(paused)),
  setLanguage: (language) => busyCall(() => window.paylight.setLanguage(language)),
  updateSettings: (patch) => busyCall(() => window.paylight.updateSettings(patch)),
  setActiveProfile: async (id) =>
    (await callMain(() => window.paylight.setActiveProfile(id)))?.book ?? null,
  deleteProfile: async (id) =>
    (await callMain(() => window.paylight.deleteProfile(id)))?.book ?? null,
  dismissNotice: async (id) => void (await callMain(() => window.paylight.dismissNotice(id))),
  reset: () => set(defaultAppData),
}))

/**
 * The one place a call to main is unwrapped: a rejection (or a throw) becomes the store's visible
 * error and resolves to null; an answer clears the error and is returned. Replies never carry app
 * state into the store: main's push does that.
 */
export async function callMain<R>(run: () => Promise<R | IpcRejection>): Promise<R | null> {
  useAppStore.setState({ error: null })
  const result = await unwrap(run)
  if (result.ok) return result.value
  useAppStore.setState({ error: result.error })
  return null
}

/** {@link callMain} with the header's busy flag held for the call's length. */
async function busyCall(run: () => Promise<unknown>): Promise<void> {
  useAppStore.setState({ busy: true })
  await callMain(run)
  useAppStore.setState({ busy: false })
}
