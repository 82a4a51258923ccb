import type { Lang } from './country'
import type { MonitorSnapshot } from './monitor/freshness'
import type { Settings } from './settings'
import { evaluate } from './verdict/evaluate'
import type { Verdict } from './verdict/types'
import type { CardProfile, ProfileBook } from './profile/schema'
import type { Protection, StorageNotice } from './profile/storage-types'
import type { DeclinesSlice, HistorySlice, SessionSlice } from './session/payment-slices'

/** Everything the window shows, pushed from main on every change; the renderer derives the rest. */
export interface AppState {
  /** Increases with every state main publishes, so a late answer never overwrites a newer push. */
  readonly revision: number
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
  readonly session: SessionSlice
  readonly declines: DeclinesSlice
  readonly history: HistorySlice
}

/** The features' slices, plus what the verdict needs besides them. */
export interface AppStateParts {
  readonly monitor: MonitorSnapshot
  readonly exitChangedAt: string | null
  readonly settings: Settings
  readonly lang: Lang
  readonly profiles: AppState['profiles']
  readonly activeProfile: CardProfile | null
  readonly now: number
  readonly timeZone: string | null
  readonly session: SessionSlice
  readonly declines: DeclinesSlice
  readonly history: HistorySlice
  /** Exit changes in the last 24 hours (the history's count), for the verdict. */
  readonly exitChanges24h: number
}

/** Joins the features' slices into the state the window sees; the verdict is derived here, once. */
export function composeAppState(parts: AppStateParts): Omit<AppState, 'revision'> {
  const { monitor, exitChangedAt, now, timeZone, declines } = parts
  const cooldown =
    declines.cooldown.kind === 'active'
      ? { until: declines.cooldown.until, declines: declines.cooldown.count }
      : null
  return {
    monitor,
    settings: parts.settings,
    lang: parts.lang,
    verdict: evaluate(parts.activeProfile, monitor.observation, {
      ...monitor,
      now,
      exitChangedAt,
      timeZone,
      cooldown,
      exitChanges24h: parts.exitChanges24h,
    }),
    profiles: parts.profiles,
    session: parts.session,
    declines,
    history: parts.history,
  }
}
