import type { Lang } from '../geo/country'
import type { MonitorSnapshot } from '../monitor/freshness'
import type { NoticeRecord, PageRequest } from './notices'
import type { Settings } from './settings'
import { evaluate } from '../verdict/evaluate'
import type { Verdict } from '../verdict/types'
import type { CardProfile, ProfileBook } from '../profile/schema'
import type { DeclinesSlice, HistorySlice, SessionSlice } from '../session/payment-slices'
import type { Protection } from '../profile/storage-types'
import type { AttemptSlice } from '../checklist/attempt'
import type { StorageSlice } from '../storage/kept-file-types'

/** Everything the window shows, pushed from main on every change; the renderer derives the rest. */
export interface AppState {
  /** Increases with every state main publishes, so a late answer never overwrites a newer push. */
  readonly revision: number
  readonly monitor: MonitorSnapshot
  readonly settings: Settings
  /** The language in effect (the setting resolved against the system locale). */
  readonly lang: Lang
  readonly verdict: Verdict
  /** The saved profiles (BIN and derived facts only) and how they are protected. */
  readonly profiles: {
    readonly book: ProfileBook
    readonly protection: Protection
    /** The profile file is still being read (the keychain may be asking): the book is not known yet. */
    readonly loading: boolean
  }
  /** The last few notices, newest first; undelivered ones are shown in the window and the tray. */
  readonly notices: readonly NoticeRecord[]
  /** Pushed requests to the window, e.g. the page a clicked notification explains. */
  readonly ui: { readonly requestedPage: PageRequest | null }
  readonly session: SessionSlice
  readonly declines: DeclinesSlice
  readonly history: HistorySlice
  /** The checklist's hand ticks for the current payment attempt. */
  readonly attempt: AttemptSlice
  /** Every file PayLight keeps: its status, files moved aside, the last failed save. */
  readonly storage: StorageSlice
}

/** The features' slices, plus what the verdict needs besides them. */
export interface AppStateParts {
  readonly monitor: MonitorSnapshot
  readonly exitChangedAt: string | null
  readonly settings: Settings
  readonly lang: Lang
  readonly profiles: AppState['profiles']
  readonly notices: AppState['notices']
  readonly ui: AppState['ui']
  readonly storage: StorageSlice
  readonly activeProfile: CardProfile | null
  readonly now: number
  readonly timeZone: string | null
  readonly session: SessionSlice
  readonly declines: DeclinesSlice
  readonly history: HistorySlice
  readonly attempt: AttemptSlice
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
      merchants: parts.settings.merchants,
      cooldown,
      exitChanges24h: parts.exitChanges24h,
      profileLoading: parts.profiles.loading,
    }),
    profiles: parts.profiles,
    notices: parts.notices,
    ui: parts.ui,
    session: parts.session,
    declines,
    history: parts.history,
    attempt: parts.attempt,
    storage: parts.storage,
  }
}
