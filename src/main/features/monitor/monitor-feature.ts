import type { CountryCode } from '../../../shared/geo/country'
import { createCrossCheck } from '../../../shared/geo/cross-check'
import type { GeoProvider } from '../../../shared/geo/geo-providers'
import type { IpcServices } from '../../../shared/contract/ipc'
import type { MonitorSnapshot } from '../../../shared/monitor/freshness'
import type { LocalWitness } from '../../../shared/monitor/build-observation'
import type { OwnerLookup } from '../../../shared/monitor/exit-network'
import { createMonitor, type Timers } from '../../../shared/monitor/monitor'
import { runFullCheck, runProbe, type CheckDeps } from '../../../shared/monitor/run-check'
import type { FetchFn } from '../../../shared/net/fetch-text'
import type { SourceSpec } from '../../../shared/net/sources'
import { defineFeature, type FeatureContext } from '../feature'
import type { SettingsFeature } from '../settings/settings-feature'
import { createStaleRefresh } from './stale-refresh'

/** The outside world the checks use: the network, the offline data, the clock. */
export interface CheckWorld {
  readonly fetch: FetchFn
  readonly resolveProxy?: (url: string) => Promise<string>
  readonly locate: (ip: string) => CountryCode | null
  /** Offline IP → network owner (resources/asn.bin); left out, owners come from online answers. */
  readonly owner?: OwnerLookup
  /** A second offline country database (resources/iptoasn-country.mmdb), a witness of its own. */
  readonly alsoLocate?: readonly LocalWitness[]
  readonly sources: readonly SourceSpec[]
  readonly geoProviders: readonly GeoProvider[]
  readonly now: () => number
  readonly timers: Timers
  /** Per-request time-out of the checks; the checks' own default (8 s) when left out. */
  readonly timeoutMs?: number
}

/** A consumer of every monitor update, before the state is composed (the alerts). */
export type SnapshotListener = (snapshot: MonitorSnapshot) => void

/** What the monitor feature needs: the outside world, the settings, and who to tell. */
export interface MonitorFeatureDeps extends CheckWorld, Pick<FeatureContext, 'onChange'> {
  /** The cadence, the merchants watched and the cross-check are settings; the monitor reads them. */
  readonly settings: Pick<SettingsFeature, 'current' | 'onApplied'>
}

/**
 * Watching the exits: the scheduler, the checks it runs, and the timer that re-evaluates when
 * evidence turns stale. It runs on the cadence the settings hold and hears when they change. Its
 * slice is the snapshot; every update goes to its listeners first (the alerts fold it in).
 */
export function createMonitorFeature(deps: MonitorFeatureDeps) {
  const crossCheck = createCrossCheck({
    fetch: deps.fetch,
    providers: deps.geoProviders,
    now: deps.now,
  })
  const checkDeps = (): CheckDeps => ({
    fetch: deps.fetch,
    sources: deps.sources,
    merchants: deps.settings.current().merchants,
    locate: deps.locate,
    ...(deps.owner ? { owner: deps.owner } : {}),
    ...(deps.alsoLocate ? { alsoLocate: deps.alsoLocate } : {}),
    crossCheck: deps.settings.current().crossCheck ? crossCheck : null,
    ...(deps.resolveProxy ? { resolveProxy: deps.resolveProxy } : {}),
    ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
    now: deps.now,
  })
  const listeners = new Set<SnapshotListener>()
  const monitor = createMonitor({
    fullCheck: () => runFullCheck(checkDeps()),
    probe: (previous) => runProbe(checkDeps(), previous),
    now: deps.now,
    timers: deps.timers,
    intervalMs: deps.settings.current().intervalMs,
    onUpdate: (snapshot) => {
      for (const listener of listeners) listener(snapshot)
      deps.onChange()
      refresh.reschedule()
    },
  })
  const refresh = createStaleRefresh({
    timers: deps.timers,
    now: deps.now,
    snapshot: monitor.snapshot,
    onDue: deps.onChange,
  })

  const ipc = {
    checkNow: async () => {
      await monitor.trigger('manual')
      return { ok: true as const }
    },
  } satisfies Pick<IpcServices, 'checkNow'>

  deps.settings.onApplied((patch, before) => {
    if (patch.intervalMs !== undefined) monitor.setIntervalMs(patch.intervalMs)
    if (patch.paused !== undefined) monitor.setPaused(patch.paused)
    // New merchants: their edges are asked now, not at the next full check.
    if (patch.merchants && patch.merchants.join() !== before.merchants.join())
      void monitor.trigger('manual')
  })

  return defineFeature({
    ipc,
    files: [],
    slice: () => ({ monitor: monitor.snapshot() }),
    /** The last observation (a decline records the exits it happened on). */
    observation: () => monitor.snapshot().observation,
    /** Hears every monitor update before it is composed; returns the unsubscribe function. */
    onSnapshot: (listener: SnapshotListener): (() => void) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    /** The OS said the machine sleeps / woke / the network changed. */
    suspend: () => monitor.suspend(),
    resume: () => monitor.resume(),
    trigger: monitor.trigger,
    /** A faster cadence while a payment is under way: every `ms` (null: back to the user's interval). */
    setCadenceOverride: monitor.setCadenceOverride,
    /** Starts monitoring unless the user left it paused. */
    start: () => {
      refresh.start()
      if (deps.settings.current().paused) monitor.setPaused(true)
      else void monitor.start()
    },
    stop: () => {
      refresh.stop()
      monitor.stop()
    },
  })
}

/** The monitor feature's shape. */
export type MonitorFeature = ReturnType<typeof createMonitorFeature>
