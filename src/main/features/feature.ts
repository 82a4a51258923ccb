import type { AppState, AppStateParts } from '../../shared/contract/app-state'
import type { IpcServices } from '../../shared/contract/ipc'
import type { Timers } from '../../shared/monitor/timers'
import type { KeptFolder } from './storage/kept-folder'
import type { StorageTarget } from './storage/storage-target'

/** What any feature may be given by the root: the clock, new ids, its folder, the change signal. */
export interface FeatureContext {
  readonly now: () => number
  readonly timers: Timers
  readonly newId: () => string
  /** Where features keep their files; null keeps them in memory (most tests). */
  readonly folder: KeptFolder | null
  /** Something the state shows changed: composed and pushed once the turn's changes are done. */
  readonly onChange: () => void
}

/** The state as composed, before the publisher numbers it: what the judges look at. */
export type ComposedState = Omit<AppState, 'revision'>

/** What features contribute to the state; the clock and the time zone are the root's. */
export type FeatureSlices = Omit<AppStateParts, 'now' | 'timeZone'>

/**
 * One piece of the main process, as the composition root sees it: every module in
 * src/main/features/ makes one. The root joins the `ipc` of all of them into the one IPC table
 * and their `slice`s into the one app state, hands their `files` to the storage feature, lets each
 * `judge` look at every composed state before it is pushed, and starts and stops them in order.
 */
export interface Feature<
  Ipc extends Partial<IpcServices> = Partial<IpcServices>,
  Slice extends Partial<FeatureSlices> = Partial<FeatureSlices>,
> {
  /** Its IPC channels, by name. */
  readonly ipc: Ipc
  /** Its part of the app state, read each time the state is composed. */
  readonly slice: () => Slice
  /** The files it keeps (the storage feature lists, retries and restores them). */
  readonly files: readonly StorageTarget[]
  /**
   * Looks at a composed state before anything is pushed and acts on it (a notice, a record). Every
   * judge sees the same state, so their order does not matter; what they change is composed
   * again, and only the settled state is pushed.
   */
  readonly judge?: (state: ComposedState) => void
  /** Starts its timers (after every feature exists). */
  readonly start?: () => void
  /** Stops its timers and finishes what it writes (on quit). */
  readonly stop?: () => void
}

// A union of object types, as the one object that has all of their keys.
type Joined<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void
  ? I
  : never

/** The IPC channels of all the features together. */
export type JoinedIpc<F extends readonly Feature[]> = Joined<F[number]['ipc']>
/** The slices of all the features together. */
export type JoinedSlices<F extends readonly Feature[]> = Joined<ReturnType<F[number]['slice']>>

/** Joins the features' IPC channels into one table (a channel belongs to one feature only). */
export function joinIpc<F extends readonly Feature[]>(features: F): JoinedIpc<F> {
  return Object.assign({}, ...features.map((f) => f.ipc)) as JoinedIpc<F>
}

/** Reads every feature's slice, joined into the parts of one app state. */
export function joinSlices<F extends readonly Feature[]>(features: F): JoinedSlices<F> {
  return Object.assign({}, ...features.map((f) => f.slice())) as JoinedSlices<F>
}

/**
 * Checks at compile time that a module's object is a {@link Feature}, keeping its own type (and
 * whatever else it offers the features made after it).
 */
export function defineFeature<F extends Feature>(feature: F): F {
  return feature
}
