import type { AppState } from './app-state'
import type { LanguageSetting, SettingsPatch } from './settings'
import type { BinLookupResult } from '../profile/binlist'
import type { ProfileBook } from '../profile/schema'
import type { ProfileError } from '../profile/validate'
import type { CooldownPolicy } from '../declines/cooldown'
import type { HistoryRange, HistoryView } from '../history/history-view'
import type { SessionConfig } from '../session/session-config'
import type { UserOutcome } from '../session/session-types'
import type { StorageError } from '../storage/kept-file-types'
import type { ChecklistStep } from '../checklist/step-ids'
import type { StorageResult } from '../storage/kept-file-types'
import type { AboutInfo, StartAtLoginReply, UpdateStatus } from './desktop'

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
  dismissNotice: 'paylight:dismiss-notice',
  startSession: 'paylight:start-session',
  beginSession: 'paylight:begin-session',
  endSession: 'paylight:end-session',
  updateSessionConfig: 'paylight:update-session-config',
  logDecline: 'paylight:log-decline',
  endCooldownEarly: 'paylight:end-cooldown-early',
  updateCooldownPolicy: 'paylight:update-cooldown-policy',
  getHistory: 'paylight:get-history',
  eraseHistory: 'paylight:erase-history',
  tickStep: 'paylight:tick-step',
  newAttempt: 'paylight:new-attempt',
  restoreFile: 'paylight:restore-file',
  retryStorage: 'paylight:retry-storage',
  discardAndStartFresh: 'paylight:discard-and-start-fresh',
  getAbout: 'paylight:get-about',
  checkForUpdates: 'paylight:check-for-updates',
  openLogFolder: 'paylight:open-log-folder',
  getStartAtLogin: 'paylight:get-start-at-login',
  setStartAtLogin: 'paylight:set-start-at-login',
} as const

/** Events main pushes to the window. */
export const eventChannels = {
  state: 'paylight:state',
} as const

/** "Done": the new state itself arrives as a push, the only writer of the window's app state. */
export interface Ack {
  readonly ok: true
}

/**
 * Request and response of every invoke channel: the single source of the window API's types.
 * Only `getState` (the first hand-over) answers with the state; every other reply acknowledges or
 * carries just what its caller needs (a look-up result, the book to load into the form).
 */
export interface InvokeMap extends PaymentInvokeMap, DesktopInvokeMap {
  getState: { request: undefined; response: AppState }
  checkNow: { request: undefined; response: Ack }
  setPaused: { request: boolean; response: SavedOrError }
  setLanguage: { request: LanguageSetting; response: SavedOrError }
  updateSettings: { request: SettingsPatch; response: SavedOrError }
  openLink: { request: string; response: { ok: boolean } }
  saveProfile: {
    request: unknown
    response: Ack | { ok: false; errors: readonly ProfileError[] }
  }
  deleteProfile: { request: string; response: BookReply }
  setActiveProfile: { request: string; response: BookReply }
  lookupBin: { request: string; response: BinLookupResult }
  exportProfiles: {
    request: undefined
    response:
      { ok: true; file: string } | { ok: false; reason: 'cancelled' | 'failed'; detail?: string }
  }
  importProfiles: {
    request: undefined
    response:
      | { ok: true; imported: number; shortenedBins: readonly string[]; book: ProfileBook }
      | {
          ok: false
          reason: 'cancelled' | 'invalid' | 'failed'
          errors?: readonly ProfileError[]
          detail?: string
        }
  }
  dismissNotice: { request: string; response: Ack }
  /** Puts a moved-aside file back (the current one is moved aside first; validated before). */
  restoreFile: { request: { file: string; aside: string }; response: StorageResult }
  /** Reads every blocked file again (unreadable, or the keychain was locked). */
  retryStorage: { request: undefined; response: Ack }
  /** Moves a blocked file aside (kept, listed) and starts that file fresh. */
  discardAndStartFresh: { request: { file: string }; response: StorageResult }
}

/** The book after a change: written (ok), or not written and why, with the book as it still is. */
export type BookReply =
  | { readonly ok: true; readonly book: ProfileBook }
  | { readonly ok: false; readonly error: StorageError; readonly book: ProfileBook }

/** The desktop's channels: About, updates, the log folder and start-at-login (joined above). */
export interface DesktopInvokeMap {
  getAbout: { request: undefined; response: AboutInfo }
  /** "检查更新 / Check for updates": resolves once the check is done, with where updates stand. */
  checkForUpdates: { request: undefined; response: UpdateStatus }
  /** Opens the folder holding the log file in the system's file manager. */
  openLogFolder: { request: undefined; response: { ok: boolean } }
  getStartAtLogin: { request: undefined; response: StartAtLoginReply }
  /** Turns start-at-login on or off; answers with what the system says now. */
  setStartAtLogin: { request: boolean; response: StartAtLoginReply }
}

/** Why main refused or failed a call. */
export const ipcRejections = ['untrusted-sender', 'invalid-request', 'internal'] as const
/**
 * Done (written to disk), or why the file could not be written (full disk, read-only folder, a file
 * that could not be read and so is not overwritten…); nothing is lost. Never ok unless written.
 */
export type SavedOrError = Ack | { readonly ok: false; readonly error: StorageError }

/** Why a free-text field (a decline message, a session's outcome) was refused before it was kept. */
export type TextRefusal = { readonly ok: false; readonly reason: 'card-number' | 'too-long' }

/** The decline log's answer: kept (and whether it counts toward the cool-down), or why not. */
export type LogDeclineReply =
  | { readonly ok: true; readonly counts: boolean; readonly entryId: string | null }
  | TextRefusal
  | { readonly ok: false; readonly reason: 'storage'; readonly error: StorageError }

/** The payment session, decline log and history channels (joined into {@link InvokeMap}). */
export interface PaymentInvokeMap {
  startSession: { request: undefined; response: SavedOrError }
  beginSession: { request: undefined; response: SavedOrError }
  /** Refused (nothing ends, nothing is kept) when the message holds a card number or is too long. */
  endSession: {
    request: { outcome: UserOutcome; message?: string }
    response: SavedOrError | TextRefusal
  }
  updateSessionConfig: { request: Partial<SessionConfig>; response: SavedOrError }
  logDecline: { request: { message: string }; response: LogDeclineReply }
  /** `true`: the user confirmed ending the cool-down early, knowingly. */
  endCooldownEarly: { request: true; response: SavedOrError }
  updateCooldownPolicy: { request: CooldownPolicy; response: SavedOrError }
  getHistory: { request: HistoryRange; response: HistoryView }
  /** `true`: the user confirmed erasing the history. */
  eraseHistory: { request: true; response: SavedOrError }
  /** Ticks (or unticks) a checklist step by hand in the current attempt. */
  tickStep: { request: { step: ChecklistStep; done: boolean }; response: SavedOrError }
  /** `true`: the user closed this attempt; its ticks go into the history. */
  newAttempt: { request: true; response: SavedOrError }
}

/**
 * What any channel answers instead of its response when main refuses or fails the call (errors
 * never cross IPC as throws). `rejected` is a key no domain answer has, so it discriminates.
 */
export interface IpcRejection {
  readonly rejected: (typeof ipcRejections)[number]
  readonly detail?: string
}

/** What a call on channel K really resolves with: its response, or a rejection. */
export type InvokeReply<K extends InvokeName> = InvokeMap[K]['response'] | IpcRejection

/** Tells a rejection from a domain answer; the renderer's one unwrap point uses it. */
export function isRejection(value: unknown): value is IpcRejection {
  return value !== null && typeof value === 'object' && 'rejected' in value
}

/** Payload of every event channel. */
export interface EventMap {
  state: AppState
}

/** Names of the invoke channels. */
export type InvokeName = keyof typeof invokeChannels
/** Names of the event channels. */
export type EventName = keyof typeof eventChannels
