import type { Observation, Sighting } from '../monitor/observation'
import type { MerchantId } from '../merchant/watched'
import { finding } from './finding'
import { merchantName } from './merchant-route-rules'
import type { Finding } from './types'

// Only a route that could not be tried at all means the family is missing. A connection that was
// made and then failed (refused, reset, TLS, a body cut off or undecodable), or an answer that
// never came, leaves that family's exit unknown: the browser may well use it.
const unreachable = new Set(['unreachable'])

/**
 * An IPv6-only source that could not be reached at all while no IPv6 exit was seen: the machine
 * simply has no IPv6 route, which is normal and shown calmly, not as an error (`fetch failed: …`).
 */
export function meansNoIpv6(sighting: Sighting, observation: Observation | null): boolean {
  return (
    sighting.family === 'v6' &&
    sighting.failure !== null &&
    unreachable.has(sighting.failure.code) &&
    !observation?.exits.ipv6
  )
}

/**
 * Comparisons that could not be made on otherwise fresh evidence. Green means every comparison
 * passed, so a route we could not see is a warning, not a pass.
 */
export function coverageFindings(
  observation: Observation,
  traced: MerchantId | null = 'openai',
): Finding[] {
  const out: Finding[] = []
  const { merchant, ipv6 } = observation.exits
  // When no watched merchant has a readable edge, `merchant-route-untraced` says so instead.
  if (!merchant && traced) {
    const failed = observation.sightings
      .filter((s) => s.kind === 'merchant')
      .map((s) => `${s.source}: ${s.failure?.code ?? '?'}`)
    out.push(
      finding({
        id: 'merchant-route-unknown',
        severity: 'yellow',
        evidence: { failed: failed.join('; ') },
        params: { merchant: merchantName(traced) },
      }),
    )
  } else if (merchant && !observation.split) {
    out.push(
      finding({
        id: 'split-routing-unknown',
        severity: 'yellow',
        evidence: { merchantIp: merchant.ip, family: merchant.family },
        params: { family: merchant.family },
      }),
    )
  }
  const brokenV6 = observation.sightings.filter(
    (s) => s.family === 'v6' && s.failure && !unreachable.has(s.failure.code),
  )
  if (!ipv6 && brokenV6.length > 0) {
    out.push(
      finding({
        id: 'ipv6-unverified',
        severity: 'yellow',
        evidence: { failed: brokenV6.map((s) => `${s.source}: ${s.failure?.code}`).join('; ') },
      }),
    )
  }
  return out
}
