import { assessFreshness, type FreshnessInput } from '../monitor/freshness'
import { assertNever } from '../util/assert-never'
import { finding } from './finding'
import type { Finding } from './types'

const lastCheckFailed = (snapshot: FreshnessInput): boolean =>
  snapshot.lastAttempt !== null && !snapshot.lastAttempt.ok

const notCurrent: ReadonlySet<string> = new Set([
  'evidence-none',
  'evidence-failed',
  'evidence-stale',
])

/**
 * Whether the verdict judged the network on current evidence; when not, what the window still
 * shows of the last check is history: dimmed, dated, and never marked as agreeing.
 */
export function evidenceIsCurrent(findings: readonly Pick<Finding, 'id'>[]): boolean {
  return !findings.some((f) => notCurrent.has(f.id))
}

/** How far a check may lie in the future before the clock, not the network, is to blame. */
export const CLOCK_SKEW_MS = 2 * 60_000

/**
 * The first rule of the verdict: no fresh evidence, no colour. Returns the grey finding that
 * explains why, or null when the evidence may be compared. Evidence dated after `now` means the
 * clock went back: its age cannot be told, so it is stale until the next check.
 */
export function evidenceGate(snapshot: FreshnessInput, now: number): Finding | null {
  const checkedAt = snapshot.observation ? Date.parse(snapshot.observation.checkedAt) : null
  if (checkedAt !== null && checkedAt - now > CLOCK_SKEW_MS && !lastCheckFailed(snapshot))
    return finding({
      id: 'evidence-stale',
      severity: 'grey',
      evidence: { reason: 'clock', aheadMs: checkedAt - now },
      text: 'finding.evidence-stale.clock',
    })
  const freshness = assessFreshness(snapshot, now)
  switch (freshness.state) {
    case 'fresh':
      return null
    case 'none':
      return finding({ id: 'evidence-none', severity: 'grey', evidence: {} })
    case 'failed':
      return finding({
        id: 'evidence-failed',
        severity: 'grey',
        evidence: { lastAttemptAt: snapshot.lastAttempt?.at ?? null },
      })
    case 'stale':
      return finding({
        id: 'evidence-stale',
        severity: 'grey',
        evidence: { reason: freshness.reason, ageMs: freshness.ageMs },
        ...(freshness.reason === 'slept' ? { text: 'finding.evidence-stale.slept' } : {}),
      })
    default:
      return assertNever(freshness)
  }
}
