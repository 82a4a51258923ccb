import { assessFreshness, type FreshnessInput } from '../monitor/freshness'
import { assertNever } from '../assert-never'
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
      return {
        id: 'evidence-none',
        severity: 'grey',
        evidence: {},
        message: { zh: '还没有检查结果', en: 'No check result yet' },
        step: 'network-exit',
      }
    case 'failed':
      return {
        id: 'evidence-failed',
        severity: 'grey',
        evidence: { lastAttemptAt: snapshot.lastAttempt?.at ?? null },
        message: {
          zh: '上次检查失败，看不到网络出口：检查网络或代理是否正常',
          en: 'The last check failed, so the network exit is unknown: check your network or proxy',
        },
        step: 'network-exit',
      }
    case 'stale':
      return {
        id: 'evidence-stale',
        severity: 'grey',
        evidence: { reason: freshness.reason, ageMs: freshness.ageMs },
        message:
          freshness.reason === 'slept'
            ? {
                zh: '电脑休眠过，检查结果已过期',
                en: 'The computer slept since the last check; the result is out of date',
              }
            : { zh: '检查结果已过期', en: 'The last check result is out of date' },
        step: 'network-exit',
      }
    default:
      return assertNever(freshness)
  }
}
