import type { AppState } from './app-state'
import type { LanguageSetting, SettingsPatch } from './settings'
import type { BinLookupResult } from './profile/binlist'
import type { ProfileError } from './profile/validate'

/**
 * Channel names only, with no runtime dependencies, so the sandboxed preload can import them
 * without pulling validators into its bundle. Every channel is prefixed `paylight:`.
 */
export const invokeChannels = {
  getState: 'paylight:get-state',
  checkNow: 'paylight:check-now',
  setPaused: 'paylight:set-paused',
  setLanguage: 'paylight:set-language',
  updateSettings: 'paylight:update-settings',
  openLink: 'paylight:open-link',
  saveProfile: 'paylight:save-profile',
  deleteProfile: 'paylight:delete-profile',
  setActiveProfile: 'paylight:set-active-profile',
  lookupBin: 'paylight:lookup-bin',
  exportProfiles: 'paylight:export-profiles',
  importProfiles: 'paylight:import-profiles',
} as const

/** Events main pushes to the window. */
export const eventChannels = {
  state: 'paylight:state',
} as const

/** Request and response of every invoke channel: the single source of the window API's types. */
export interface InvokeMap {
  getState: { request: undefined; response: AppState }
  checkNow: { request: undefined; response: AppState }
  setPaused: { request: boolean; response: AppState }
  setLanguage: { request: LanguageSetting; response: AppState }
  updateSettings: { request: SettingsPatch; response: AppState }
  openLink: { request: string; response: { ok: boolean } }
  saveProfile: {
    request: unknown
    response: { ok: true; state: AppState } | { ok: false; errors: readonly ProfileError[] }
  }
  deleteProfile: { request: string; response: AppState }
  setActiveProfile: { request: string; response: AppState }
  lookupBin: { request: string; response: BinLookupResult }
  exportProfiles: {
    request: undefined
    response:
      { ok: true; file: string } | { ok: false; reason: 'cancelled' | 'failed'; detail?: string }
  }
  importProfiles: {
    request: undefined
    response:
      | { ok: true; imported: number; state: AppState }
      | {
          ok: false
          reason: 'cancelled' | 'invalid' | 'failed'
          errors?: readonly ProfileError[]
          detail?: string
        }
  }
}

/** Payload of every event channel. */
export interface EventMap {
  state: AppState
}

/** Names of the invoke channels. */
export type InvokeName = keyof typeof invokeChannels
/** Names of the event channels. */
export type EventName = keyof typeof eventChannels
