import type { Observation } from '../monitor/observation'
import type { CardProfile } from '../profile/schema'
import { addressFindings } from './address-rules'
import { cardFindings } from './card-rules'
import { coverageFindings } from './coverage-rules'
import { historyFindings } from './cooldown-rules'
import type { VerdictContext } from './context'
import { evidenceGate } from './evidence-gate'
import { finding } from './finding'
import { worstLight } from './light-of'
import { networkFindings } from './network-rules'
import { isTraced, untracedMerchantFindings } from './merchant-route-rules'
import { networkOwnerFindings } from './network-owner-rules'
import { ipv6NotServed, profileRegionFindings, regionFindings } from './region-rules'
import { defaultMerchants } from '../merchant/watched'
import { orderFindings } from './next-step-priority'
import type { Finding, Verdict } from './types'

export type { VerdictContext } from './context'

const noProfile = finding({ id: 'profile-missing', severity: 'grey', evidence: {} })
const unlocking = finding({ id: 'profile-unlocking', severity: 'grey', evidence: {} })

/**
 * The verdict: "if I pay now, do my card, my billing address and my network agree?" The light is
 * the worst finding. Network comparisons run only on fresh evidence; without it (or without a
 * profile, or while the saved one is still being unlocked) a grey finding explains why, and the
 * light is grey — never the previous colour. Card
 * and address findings are listed regardless, so the user can fix them meanwhile. Findings come
 * worst first, then in the order they are best fixed, so the first one is the next step.
 */
export function evaluate(
  profile: CardProfile | null,
  observation: Observation | null,
  context: VerdictContext,
): Verdict {
  const findings: Finding[] = []
  const gate = evidenceGate({ ...context, observation }, context.now)
  if (!profile) findings.push(context.profileLoading === true ? unlocking : noProfile)
  if (gate) findings.push(gate)
  const merchants = context.merchants ?? defaultMerchants
  if (profile) {
    findings.push(...cardFindings(profile, context.now), ...addressFindings(profile))
    findings.push(...profileRegionFindings(profile, merchants))
    if (!gate && observation) {
      const folded = ipv6NotServed(observation, merchants) ? 'ipv6-vs-billing' : null
      findings.push(
        ...networkFindings(profile, observation, context).filter((f) => f.id !== folded),
        ...coverageFindings(observation, merchants.find(isTraced) ?? null),
        ...untracedMerchantFindings(merchants, observation),
        ...regionFindings(observation, merchants),
        ...networkOwnerFindings(observation, merchants),
      )
    }
  }
  findings.push(...historyFindings(context))
  const ordered = orderFindings(findings)
  return {
    light: worstLight(ordered),
    findings: ordered,
    evidenceAt: observation?.checkedAt ?? null,
  }
}
