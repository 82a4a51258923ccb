import { observedNothing, type Observation, type Sighting } from './observation'

/** What started a check; kept so the UI and logs can say why a check ran. */
export type CheckTrigger =
  | 'start'
  | 'interval'
  | 'manual'
  | 'resume'
  | 'network-change'
  | 'online'
  | 'offline'
  | 'probe-changed'

/** The monitor's state as the tray, the window and the CLI see it. */
export interface MonitorSnapshot {
  readonly observation: Observation | null
  readonly checking: boolean
  readonly paused: boolean
  readonly intervalMs: number
  readonly lastAttempt: {
    readonly at: string
    readonly ok: boolean
    readonly trigger: CheckTrigger
    /** The sightings of a failed attempt, so the user sees why nothing could be observed. */
    readonly failures: readonly Sighting[]
  } | null
  readonly consecutiveFailures: number
  readonly nextCheckAt: string | null
  /** The last time the machine went to sleep (or a timer fired far too late, which means the same). */
  readonly sleptAt: string | null
  /** The last local network change (interfaces, online/offline); evidence before it may be outdated. */
  readonly networkChangeAt: string | null
  /** A faster cadence asked for a while (a payment session); `intervalMs` stays the user's setting. */
  readonly cadenceOverrideMs: number | null
}

/** Whether evidence may be shown as current. Anything but `fresh` must never light green. */
export type Freshness =
  | { readonly state: 'fresh'; readonly ageMs: number }
  | { readonly state: 'stale'; readonly reason: 'old' | 'slept'; readonly ageMs: number }
  | { readonly state: 'failed' }
  | { readonly state: 'none' }

/** What freshness depends on: the monitor snapshot has it all, and so can a saved context file. */
export type FreshnessInput = Pick<
  MonitorSnapshot,
  'observation' | 'intervalMs' | 'sleptAt' | 'lastAttempt'
>

/** Evidence is stale after two intervals, or when it predates a sleep; a failed last check wins. */
export function assessFreshness(snapshot: FreshnessInput, now: number): Freshness {
  const { observation, lastAttempt } = snapshot
  if (lastAttempt && !lastAttempt.ok) {
    if (!observation || Date.parse(lastAttempt.at) >= Date.parse(observation.checkedAt))
      return { state: 'failed' }
  }
  if (!observation) return { state: 'none' }
  if (observedNothing(observation)) return { state: 'failed' }
  const checkedAt = Date.parse(observation.checkedAt)
  const ageMs = Math.max(0, now - checkedAt)
  if (snapshot.sleptAt && Date.parse(snapshot.sleptAt) >= checkedAt)
    return { state: 'stale', reason: 'slept', ageMs }
  if (ageMs > 2 * snapshot.intervalMs) return { state: 'stale', reason: 'old', ageMs }
  // Probes confirm the merchant, IPv4-only and IPv6-only traces; the other sources (echoes, the
  // second merchant edge) are as old as the last full check.
  const fullAgeMs = Math.max(0, now - Date.parse(observation.fullCheckAt))
  if (fullAgeMs > FULL_CHECK_EVERY_MS + 2 * snapshot.intervalMs)
    return { state: 'stale', reason: 'old', ageMs: fullAgeMs }
  return { state: 'fresh', ageMs }
}

/**
 * Milliseconds until fresh evidence turns stale, or null when it is not fresh now; lets the app
 * re-evaluate at that moment instead of showing an old light until its next periodic refresh.
 */
export function msUntilStale(snapshot: FreshnessInput, now: number): number | null {
  const { observation } = snapshot
  if (!observation || assessFreshness(snapshot, now).state !== 'fresh') return null
  const byProbe = Date.parse(observation.checkedAt) + 2 * snapshot.intervalMs
  const byFull = Date.parse(observation.fullCheckAt) + FULL_CHECK_EVERY_MS + 2 * snapshot.intervalMs
  return Math.max(1, Math.min(byProbe, byFull) - now + 1)
}

/** Every source is asked again at least this often, even when steady-state probes see no change. */
export const FULL_CHECK_EVERY_MS = 10 * 60_000

/** The allowed check interval, so a bad setting can neither hammer services nor go blind. */
export const intervalBounds = { min: 15_000, max: 30 * 60_000, default: 60_000 } as const

/** Clamps a requested interval into {@link intervalBounds}. */
export function clampInterval(ms: number): number {
  if (!Number.isFinite(ms)) return intervalBounds.default
  return Math.min(intervalBounds.max, Math.max(intervalBounds.min, Math.round(ms)))
}

/** Exponential back-off after failures, capped at ten minutes (or the interval if longer). */
export function backoffDelay(intervalMs: number, failures: number): number {
  if (failures <= 0) return intervalMs
  return Math.min(intervalMs * 2 ** Math.min(failures, 6), Math.max(intervalMs, 10 * 60_000))
}
