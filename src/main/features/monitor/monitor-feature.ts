import type { CountryCode } from '../../../shared/country'
import { createCrossCheck } from '../../../shared/geo/cross-check'
import type { GeoProvider } from '../../../shared/geo/geo-providers'
import type { IpcServices } from '../../../shared/ipc'
import type { MerchantId } from '../../../shared/merchant/watched'
import type { MonitorSnapshot } from '../../../shared/monitor/freshness'
import type { LocalWitness } from '../../../shared/monitor/build-observation'
import type { OwnerLookup } from '../../../shared/monitor/exit-network'
import { createMonitor, type Timers } from '../../../shared/monitor/monitor'
import { runFullCheck, runProbe, type CheckDeps } from '../../../shared/monitor/run-check'
import type { FetchFn } from '../../../shared/net/fetch-text'
import type { SourceSpec } from '../../../shared/net/sources'
import type { Cadence } from '../settings/settings-feature'
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

/** What the monitor feature needs: the outside world, and who to tell about changes. */
export interface MonitorFeatureDeps extends CheckWorld {
  readonly cadence: Cadence
  /** The merchants the user watches (a setting): their edges and payment hosts are checked. */
  readonly merchants?: () => readonly MerchantId[]
  /** Whether to ask an online service for each new exit's country (a user setting). */
  readonly crossCheckOn: () => boolean
  /** Every monitor update, before the state is composed (the alerts fold it in). */
  readonly onSnapshot: (snapshot: MonitorSnapshot) => void
  /** When an exit last moved, from the alerts' history (for the verdict). */
  readonly exitChangedAt: () => string | null
  readonly onChange: () => void
}

/**
 * Watching the exits: the scheduler, the checks it runs, and the timer that re-evaluates when
 * evidence turns stale. Its slice is the snapshot and the last exit change (from the alerts).
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
    ...(deps.merchants ? { merchants: deps.merchants() } : {}),
    locate: deps.locate,
    ...(deps.owner ? { owner: deps.owner } : {}),
    ...(deps.alsoLocate ? { alsoLocate: deps.alsoLocate } : {}),
    crossCheck: deps.crossCheckOn() ? crossCheck : null,
    ...(deps.resolveProxy ? { resolveProxy: deps.resolveProxy } : {}),
    ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
    now: deps.now,
  })
  const monitor = createMonitor({
    fullCheck: () => runFullCheck(checkDeps()),
    probe: (previous) => runProbe(checkDeps(), previous),
    now: deps.now,
    timers: deps.timers,
    intervalMs: deps.cadence.intervalMs,
    onUpdate: (snapshot) => {
      deps.onSnapshot(snapshot)
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

  return {
    ipc,
    /** The cadence is held here only; the settings feature reads and sets it through these. */
    cadence: {
      get: (): Cadence => {
        const { paused, intervalMs } = monitor.snapshot()
        return { paused, intervalMs }
      },
      set: (patch: Partial<Cadence>) => {
        if (patch.intervalMs !== undefined) monitor.setIntervalMs(patch.intervalMs)
        if (patch.paused !== undefined) monitor.setPaused(patch.paused)
      },
    },
    /** This feature's part of the app state (the verdict is composed from it at the root). */
    slice: () => ({ monitor: monitor.snapshot(), exitChangedAt: deps.exitChangedAt() }),
    /** The OS said the machine sleeps / woke / the network changed. */
    suspend: () => monitor.suspend(),
    resume: () => monitor.resume(),
    trigger: monitor.trigger,
    /** A faster cadence while a payment is under way: every `ms` (null: back to the user's interval). */
    setCadenceOverride: monitor.setCadenceOverride,
    /** Starts monitoring unless the user left it paused. */
    start: () => {
      refresh.start()
      if (deps.cadence.paused) monitor.setPaused(true)
      else void monitor.start()
    },
    stop: () => {
      refresh.stop()
      monitor.stop()
    },
  }
}

/** The monitor feature's shape. */
export type MonitorFeature = ReturnType<typeof createMonitorFeature>
