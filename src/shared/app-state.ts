import type { Lang } from './country'
import type { MonitorSnapshot } from './monitor/freshness'
import type { Settings } from './settings'
import type { Verdict } from './verdict/types'

/** Everything the window shows, pushed from main on every change; the renderer derives the rest. */
export interface AppState {
  readonly monitor: MonitorSnapshot
  readonly settings: Settings
  /** The language in effect (the setting resolved against the system locale). */
  readonly lang: Lang
  readonly verdict: Verdict
}
