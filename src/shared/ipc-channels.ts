import type { AppState } from './app-state'
import type { LanguageSetting, SettingsPatch } from './settings'

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
}

/** Payload of every event channel. */
export interface EventMap {
  state: AppState
}

/** Names of the invoke channels. */
export type InvokeName = keyof typeof invokeChannels
/** Names of the event channels. */
export type EventName = keyof typeof eventChannels
