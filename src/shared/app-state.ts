import type { Lang } from './country'
import type { MonitorSnapshot } from './monitor/freshness'
import type { Settings } from './settings'
import type { Verdict } from './verdict/types'
import type { ProfileBook } from './profile/schema'
import type { Protection, StorageNotice } from './profile/storage-types'

/** Everything the window shows, pushed from main on every change; the renderer derives the rest. */
export interface AppState {
  readonly monitor: MonitorSnapshot
  readonly settings: Settings
  /** The language in effect (the setting resolved against the system locale). */
  readonly lang: Lang
  readonly verdict: Verdict
  /** The saved profiles (BIN and derived facts only), how they are protected, and any storage notice. */
  readonly profiles: {
    readonly book: ProfileBook
    readonly protection: Protection
    readonly notice: StorageNotice | null
  }
}
