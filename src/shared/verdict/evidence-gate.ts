import { assessFreshness, type FreshnessInput } from '../monitor/freshness'
import { assertNever } from '../assert-never'
import { finding } from './finding'
import type { Finding } from './types'

/**
 * The first rule of the verdict: no fresh evidence, no colour. Returns the grey finding that
 * explains why, or null when the evidence may be compared.
 */
export function evidenceGate(snapshot: FreshnessInput, now: number): Finding | null {
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
