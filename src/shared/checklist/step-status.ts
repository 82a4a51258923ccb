import type { ChecklistStep } from '../verdict/finding'
import type { Finding, Verdict } from '../verdict/types'
import { checklist } from './steps'

/** A step's live result: passed, a warning or a problem, unknown, or for the user to tick. */
export type StepStatus = 'pass' | 'warn' | 'fail' | 'unknown' | 'manual'

const fromLight = { green: 'pass', yellow: 'warn', red: 'fail', grey: 'unknown' } as const

function worst(findings: readonly Finding[]): StepStatus {
  if (findings.some((f) => f.severity === 'red')) return 'fail'
  if (findings.some((f) => f.severity === 'grey')) return 'unknown'
  if (findings.some((f) => f.severity === 'yellow')) return 'warn'
  return 'pass'
}

/**
 * What the verdict says about each step: a step passes only when what it covers was compared and
 * nothing is wrong. Without a profile the card steps are unknown; without fresh evidence the network
 * steps are; the pre-payment check is the light itself.
 */
export function stepStatuses(verdict: Verdict): Record<ChecklistStep, StepStatus> {
  const ids = new Set(verdict.findings.map((f) => f.id))
  const noProfile = ids.has('profile-missing')
  const noEvidence = verdict.findings.some((f) => f.id.startsWith('evidence-'))
  const result = {} as Record<ChecklistStep, StepStatus>
  for (const step of checklist) {
    const own = verdict.findings.filter((f) => f.step === step.id)
    switch (step.id) {
      case 'card-profile':
        result[step.id] = noProfile ? 'fail' : worst(own)
        break
      case 'network-exit':
        result[step.id] = ids.has('evidence-failed') ? 'fail' : worst(own)
        break
      case 'card-types':
      case 'card-status':
      case 'billing-address':
        result[step.id] = noProfile ? 'unknown' : worst(own)
        break
      case 'vpn-region':
        result[step.id] = noProfile || noEvidence ? 'unknown' : worst(own)
        break
      case 'pre-check':
        result[step.id] = fromLight[verdict.light]
        break
      case 'clear-cache':
      case 'wait-risk':
        result[step.id] = own.length > 0 ? worst(own) : 'manual'
        break
    }
  }
  return result
}
