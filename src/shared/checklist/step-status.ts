import { assertNever } from '../util/assert-never'
import type { Light } from '../verdict/light'
import type { Finding, Verdict } from '../verdict/types'
import type { ChecklistStep } from './step-ids'

/**
 * A step's live result: passed, a warning, a problem, a wait (the cool-down runs), unknown, or for
 * the user to tick.
 */
export type StepStatus = 'pass' | 'warn' | 'fail' | 'wait' | 'unknown' | 'manual'

const fromLight = {
  green: 'pass',
  yellow: 'warn',
  red: 'fail',
  grey: 'unknown',
  wait: 'wait',
} as const satisfies Record<Light, StepStatus>

function worst(findings: readonly Finding[]): StepStatus {
  if (findings.some((f) => f.severity === 'red')) return 'fail'
  if (findings.some((f) => f.severity === 'wait')) return 'wait'
  if (findings.some((f) => f.severity === 'grey')) return 'unknown'
  if (findings.some((f) => f.severity === 'yellow')) return 'warn'
  return 'pass'
}

/**
 * What the verdict says about each step: a step passes only when what it covers was compared and
 * nothing is wrong. Without a profile the card steps are unknown, and so is the region step unless
 * an exit the merchant does not serve already fails it; without fresh evidence the network steps
 * are unknown. The exit check fails with an exit in a region the merchant does not serve: seeing
 * that exit is not passing. The pre-payment check is the light itself.
 */
export function stepStatuses(verdict: Verdict): Record<ChecklistStep, StepStatus> {
  const ids = new Set(verdict.findings.map((f) => f.id))
  // A profile still being unlocked is as unknown as a missing one, but nothing to fix.
  const unlocking = ids.has('profile-unlocking')
  const noProfile = unlocking || ids.has('profile-missing')
  const noEvidence = ['evidence-none', 'evidence-failed', 'evidence-stale'] as const
  const evidenceMissing = noEvidence.some((id) => ids.has(id))
  const notServed = verdict.findings.filter((f) => f.id === 'region-not-served')
  const statusOf = (step: ChecklistStep): StepStatus => {
    const own = verdict.findings.filter((f) => f.step === step)
    switch (step) {
      case 'card-profile':
        return unlocking ? 'unknown' : noProfile ? 'fail' : worst(own)
      case 'network-exit':
        return ids.has('evidence-failed') ? 'fail' : worst([...own, ...notServed])
      case 'card-types':
      case 'card-status':
      case 'billing-address':
        return noProfile ? 'unknown' : worst(own)
      case 'vpn-region':
        if (evidenceMissing) return 'unknown'
        return noProfile && worst(own) !== 'fail' ? 'unknown' : worst(own)
      case 'pre-check':
        return fromLight[verdict.light]
      case 'clear-cache':
      case 'wait-risk':
        return own.length > 0 ? worst(own) : 'manual'
      default:
        return assertNever(step)
    }
  }
  // Written out, so the compiler checks that every step has a status (no cast).
  return {
    'card-profile': statusOf('card-profile'),
    'network-exit': statusOf('network-exit'),
    'card-status': statusOf('card-status'),
    'card-types': statusOf('card-types'),
    'billing-address': statusOf('billing-address'),
    'vpn-region': statusOf('vpn-region'),
    'clear-cache': statusOf('clear-cache'),
    'wait-risk': statusOf('wait-risk'),
    'pre-check': statusOf('pre-check'),
  }
}
