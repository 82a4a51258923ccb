import type { Observation } from '../monitor/observation'
import { finding } from './finding'
import type { Finding } from './types'

// A source on a family that answered, but badly, proves the family works; a time-out or a network
// error is what a machine without that family (or with a black-holed one the browser also skips) sees.
const unreachable = new Set(['network', 'timeout'])

/**
 * Comparisons that could not be made on otherwise fresh evidence. Green means every comparison
 * passed, so a route we could not see is a warning, not a pass.
 */
export function coverageFindings(observation: Observation): Finding[] {
  const out: Finding[] = []
  const { merchant, ipv6 } = observation.exits
  if (!merchant) {
    const failed = observation.sightings
      .filter((s) => s.kind === 'merchant')
      .map((s) => `${s.source}: ${s.failure?.code ?? '?'}`)
    out.push(
      finding(
        'merchant-route-unknown',
        'yellow',
        { failed: failed.join('; ') },
        '看不到商户线路（chatgpt.com 的 trace 失败）：OpenAI 可能看到另一个出口',
        'The merchant route could not be seen (the chatgpt.com trace failed): OpenAI may see another exit',
        'network-exit',
      ),
    )
  } else if (!observation.split) {
    out.push(
      finding(
        'split-routing-unknown',
        'yellow',
        { merchantIp: merchant.ip, family: merchant.family },
        `没有同为 IPv${merchant.family} 的普通线路结果，无法判断是否分流`,
        `No generic IPv${merchant.family} exit was seen, so split routing could not be checked`,
        'network-exit',
      ),
    )
  }
  const brokenV6 = observation.sightings.filter(
    (s) => s.family === 'v6' && s.failure && !unreachable.has(s.failure.code),
  )
  if (!ipv6 && brokenV6.length > 0) {
    out.push(
      finding(
        'ipv6-unverified',
        'yellow',
        { failed: brokenV6.map((s) => `${s.source}: ${s.failure?.code}`).join('; ') },
        'IPv6 网络可用，但没能读出 IPv6 出口：浏览器可能经 IPv6 付款，请稍后再检查',
        'IPv6 works here but its exit could not be read: the browser may pay over IPv6; check again shortly',
        'vpn-region',
      ),
    )
  }
  return out
}
