import {
  defaultCooldownPolicy,
  type CooldownPolicy,
  type CooldownState,
} from '../declines/cooldown'
import type { AttemptSlice } from '../checklist/attempt'
import type { DeclineRecord } from '../declines/decline-record'
import type { KeptFileInfo, StorageError } from '../storage/kept-file-types'
import { defaultSessionConfig, type SessionConfig } from './session-config'
import { idleSession } from './session-machine'
import type { SessionRecord, SessionState } from './session-types'

/** The payment session as the window and the tray see it. */
export interface SessionSlice {
  readonly state: SessionState
  readonly config: SessionConfig
  /** The last finished session since start-up (to show how to confirm a success). */
  readonly last: SessionRecord | null
  readonly storage: KeptFileInfo
  readonly error: StorageError | null
}

/** The decline log and the cool-down as the window and the tray see them. */
export interface DeclinesSlice {
  /** The latest declines, newest first (message, time, exits, profile id and BIN). */
  readonly recent: readonly DeclineRecord[]
  readonly cooldown: CooldownState
  readonly policy: CooldownPolicy
  readonly storage: readonly KeptFileInfo[]
  readonly error: StorageError | null
}

/** The history as the app state carries it: only its size and health (the page asks for ranges). */
export interface HistorySlice {
  readonly entries: number
  readonly storage: KeptFileInfo
  readonly error: StorageError | null
}

/** The payment slices before anything is loaded: for tests and the first render. */
export const emptyPaymentSlices = {
  session: {
    state: idleSession,
    config: defaultSessionConfig,
    last: null,
    storage: { name: 'session.json', status: { kind: 'ready' }, movedAside: [] },
    error: null,
  },
  declines: {
    recent: [],
    cooldown: { kind: 'none', recent: 0 },
    policy: defaultCooldownPolicy,
    storage: [],
    error: null,
  },
  history: {
    entries: 0,
    storage: { name: 'history.jsonl', status: { kind: 'ready' }, movedAside: [] },
    error: null,
  },
  attempt: { attempt: { startedAt: null, ticks: {} }, error: null },
} as const satisfies {
  session: SessionSlice
  declines: DeclinesSlice
  history: HistorySlice
  attempt: AttemptSlice
}
