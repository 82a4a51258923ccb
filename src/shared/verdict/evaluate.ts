import { paymentExit, type Observation } from '../monitor/observation'
import type { CardProfile } from '../profile/schema'
import { addressFindings } from './address-rules'
import { cardFindings } from './card-rules'
import { coverageFindings } from './coverage-rules'
import { historyFindings } from './cooldown-rules'
import type { VerdictContext } from './context'
import { evidenceGate } from './evidence-gate'
import { finding } from './finding'
import { worstLight } from './light-of'
import { exitFindings, profileNetworkFindings } from './network-rules'
import { isTraced, untracedMerchantFindings } from './merchant-route-rules'
import { networkOwnerFindings } from './network-owner-rules'
import { ipv6NotServed, profileRegionFindings, regionFindings } from './region-rules'
import { settleExitChange } from './settling-rule'
import { defaultMerchants } from '../merchant/watched'
import { orderFindings } from './next-step-priority'
import type { Finding, Verdict } from './types'

export type { VerdictContext } from './context'

const unlocking = finding({ id: 'profile-unlocking', severity: 'grey', evidence: {} })

/**
 * No profile: nothing of the card can be compared. When the network passed every check that needs
 * no card, say so: the user's next move is the card, not the network.
 */
function noProfile(observation: Observation | null, networkFindings: readonly Finding[]): Finding {
  const country = observation ? (paymentExit(observation)?.country ?? null) : null
  const networkOk = country !== null && networkFindings.every((f) => f.severity === 'info')
  return finding({
    id: 'profile-missing',
    severity: 'grey',
    evidence: { networkOk },
    ...(networkOk
      ? { params: { country: { country } }, text: 'finding.profile-missing.network-ok' as const }
      : {}),
  })
}

/**
 * The verdict: "if I pay now, do my card, my billing address and my network agree?" The light is
 * the worst finding (`worstLight`). The network before the card: checks that need no card (an
 * exit the merchant does not serve, routing, stability, who runs the exit) run with or without a
 * profile; comparisons with the card and the address need one. Network checks run only on fresh
 * evidence; without it (or while the saved profile is still being unlocked) a grey finding explains
 * why, and the light is grey unless something red or a cool-down is known — never the previous
 * colour. Findings come worst first, then in the order
 * they are best fixed, so the first one is the next step.
 */
export function evaluate(
  profile: CardProfile | null,
  observation: Observation | null,
  context: VerdictContext,
): Verdict {
  const findings: Finding[] = []
  const gate = evidenceGate({ ...context, observation }, context.now)
  if (gate) findings.push(gate)
  const merchants = context.merchants ?? defaultMerchants
  const fresh = !gate && observation ? observation : null
  const network: Finding[] = fresh
    ? [
        ...exitFindings(fresh, context),
        ...coverageFindings(fresh, merchants.find(isTraced) ?? null),
        ...untracedMerchantFindings(merchants, fresh),
        ...regionFindings(fresh, merchants),
        ...networkOwnerFindings(fresh, merchants),
      ]
    : []
  findings.push(...network)
  if (profile) {
    findings.push(...cardFindings(profile, context.now), ...addressFindings(profile))
    findings.push(...profileRegionFindings(profile, merchants))
    if (fresh) {
      const folded = ipv6NotServed(fresh, merchants) ? 'ipv6-vs-billing' : null
      findings.push(...profileNetworkFindings(profile, fresh).filter((f) => f.id !== folded))
    }
  } else findings.push(context.profileLoading === true ? unlocking : noProfile(fresh, network))
  findings.push(...historyFindings(context))
  const settled = fresh ? settleExitChange(findings, fresh, context.now) : findings
  const ordered = orderFindings(settled)
  return {
    light: worstLight(ordered),
    findings: ordered,
    evidenceAt: observation?.checkedAt ?? null,
  }
}
