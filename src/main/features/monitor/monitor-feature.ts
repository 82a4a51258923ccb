import type { CountryCode } from '../../../shared/country'
import { createCrossCheck } from '../../../shared/geo/cross-check'
import type { GeoProvider } from '../../../shared/geo/geo-providers'
import type { IpcServices } from '../../../shared/ipc'
import type { ExitChange } from '../../../shared/monitor/exit-changes'
import { initialExitTracking, trackExits } from '../../../shared/monitor/exit-tracking'
import { createMonitor, type Timers } from '../../../shared/monitor/monitor'
import { runFullCheck, runProbe, type CheckDeps } from '../../../shared/monitor/run-check'
import type { FetchFn } from '../../../shared/net/fetch-text'
import type { SourceSpec } from '../../../shared/net/sources'
import type { Cadence } from '../settings/settings-feature'
import { createStaleRefresh } from './stale-refresh'

/** What the monitor feature needs: the network, the clock, and who to tell about changes. */
export interface MonitorFeatureDeps {
  readonly fetch: FetchFn
  readonly resolveProxy?: (url: string) => Promise<string>
  readonly locate: (ip: string) => CountryCode | null
  readonly sources: readonly SourceSpec[]
  readonly geoProviders: readonly GeoProvider[]
  readonly now: () => number
  readonly timers: Timers
  readonly cadence: Cadence
  /** Whether to ask an online service for each new exit's country (a user setting). */
  readonly crossCheckOn: () => boolean
  readonly onExitChanges: (changes: readonly ExitChange[]) => void
  readonly onChange: () => void
}

/**
 * Watching the exits: the scheduler, the checks it runs, exit tracking for the verdict, and the
 * timer that re-evaluates when evidence turns stale. Its slice is the snapshot and the last hop.
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
    locate: deps.locate,
    crossCheck: deps.crossCheckOn() ? crossCheck : null,
    ...(deps.resolveProxy ? { resolveProxy: deps.resolveProxy } : {}),
    now: deps.now,
  })
  let exits = initialExitTracking
  const monitor = createMonitor({
    fullCheck: () => runFullCheck(checkDeps()),
    probe: (previous) => runProbe(checkDeps(), previous),
    now: deps.now,
    timers: deps.timers,
    intervalMs: deps.cadence.intervalMs,
    onUpdate: (snapshot) => {
      const step = trackExits(exits, snapshot.observation)
      exits = step.tracking
      deps.onExitChanges(step.changes)
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
    slice: () => ({ monitor: monitor.snapshot(), exitChangedAt: exits.changedAt }),
    /** The OS said the machine sleeps / woke / the network changed. */
    suspend: () => monitor.suspend(),
    resume: () => monitor.resume(),
    trigger: monitor.trigger,
    /** A payment session watches closely: every `ms` (null: back to the user's interval). */
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
