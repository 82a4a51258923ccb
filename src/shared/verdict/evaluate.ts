import type { FreshnessInput } from '../monitor/freshness'
import { worstLight } from './light-of'
import { evidenceGate } from './evidence-gate'
import type { Finding, Verdict } from './types'

/** Everything besides the profile and the observation that the verdict depends on. */
export interface VerdictContext extends Omit<FreshnessInput, 'observation'> {
  readonly now: number
}

const noProfile: Finding = {
  id: 'profile-missing',
  severity: 'grey',
  evidence: {},
  message: {
    zh: '尚未填写卡片资料，无法比较',
    en: 'No card profile yet, so there is nothing to compare',
  },
  step: 'card-profile',
}

/**
 * The verdict. Grey whenever there is no profile or no fresh evidence: those findings come first
 * and nothing is compared on evidence that may not be current.
 */
export function evaluate(
  profile: null,
  observation: FreshnessInput['observation'],
  context: VerdictContext,
): Verdict {
  const findings: Finding[] = []
  const gate = evidenceGate({ ...context, observation }, context.now)
  if (!profile) findings.push(noProfile)
  if (gate) findings.push(gate)
  return {
    light: worstLight(findings),
    findings,
    evidenceAt: observation?.checkedAt ?? null,
  }
}
