import { assertNever } from '../util/assert-never'
import { knownNetworks } from '../network-owner/known-networks'
import type { RelayId } from '../network-owner/types'
import type { MerchantId } from '../merchant/watched'
import type { Exit, ExitNetwork, Observation } from '../monitor/observation'
import { finding } from './finding'
import { exitsSeenBy } from './region-rules'
import type { Finding } from './types'

const operators = new Map(knownNetworks.map((n) => [n.asn, n.operator]))

// Relays are named as their operators name them, in every language.
const relayNames = {
  'icloud-private-relay': 'iCloud Private Relay',
  'cloudflare-warp': 'Cloudflare WARP',
  mullvad: 'Mullvad VPN',
  pia: 'Private Internet Access',
  protonvpn: 'Proton VPN',
  tor: 'Tor',
} as const satisfies Record<RelayId, string>

/**
 * "AS20473 Vultr (…)": the curated operator name when there is one, else the data's organisation;
 * a published relay range is named first ("iCloud Private Relay · AS36183 Akamai …").
 */
export function networkLabel(network: ExitNetwork): string {
  const relay = network.relay ? relayNames[network.relay] : null
  if (network.asn === null) return relay ?? (network.reason === 'warp-on' ? 'Cloudflare WARP' : '?')
  const name = operators.get(network.asn) ?? network.org
  const owner = name ? `AS${network.asn} ${name}` : `AS${network.asn}`
  return relay ? `${relay} · ${owner}` : owner
}

/** The exits any watched merchant can see, each once, in route order. */
function watchedExits(observation: Observation, merchants: readonly MerchantId[]): Exit[] {
  const routes = new Set(merchants.flatMap((m) => exitsSeenBy(m, observation).map((e) => e.route)))
  return [observation.exits.merchant, observation.exits.ipv4, observation.exits.ipv6].filter(
    (e): e is Exit => e !== null && routes.has(e.route),
  )
}

function kindFinding(network: ExitNetwork, exits: readonly Exit[]): Finding | null {
  const evidence = {
    asn: network.asn,
    org: network.org,
    kind: network.kind,
    reason: network.reason,
    routes: exits.map((e) => `${e.route}: ${e.ip}`).join('; '),
  }
  const params = { network: networkLabel(network) }
  // A fact and its consequence, at most yellow: the risk check may score the exit higher, which
  // is not proof the payment fails. An unknown network stays silent, neither alarmed nor cleared.
  switch (network.kind) {
    case 'hosting':
      return finding({
        id: 'network-hosting',
        severity: 'yellow',
        evidence,
        params,
        ...(network.reason === 'hosting-name' ? { text: 'finding.network-hosting.by-name' } : {}),
      })
    case 'vpn-or-relay':
      return finding({ id: 'network-relay', severity: 'yellow', evidence, params })
    case 'access':
    case 'unknown':
      return null
    default:
      return assertNever(network.kind)
  }
}

/**
 * Who runs the exits the merchants see: a hosting or relay network is a yellow finding per network
 * (never red); offline and online data naming different networks is information, shown as such.
 */
export function networkOwnerFindings(
  observation: Observation,
  merchants: readonly MerchantId[],
): Finding[] {
  const groups = new Map<string, { network: ExitNetwork; exits: Exit[] }>()
  for (const exit of watchedExits(observation, merchants)) {
    const network = exit.network
    if (!network) continue
    const key = JSON.stringify([network.kind, network.asn, network.witnesses])
    const group = groups.get(key) ?? { network, exits: [] }
    group.exits.push(exit)
    groups.set(key, group)
  }
  const out: Finding[] = []
  for (const { network, exits } of groups.values()) {
    if (network.agreement === 'disagree') {
      const said = network.witnesses.map((w) => `${w.by}: AS${w.asn} ${w.org}`).join('; ')
      const ips = exits.map((e) => e.ip).filter((ip, i, all) => all.indexOf(ip) === i)
      out.push(
        finding({
          id: 'network-owner-disagree',
          severity: 'info',
          evidence: { routes: exits.map((e) => `${e.route}: ${e.ip}`).join('; '), witnesses: said },
          params: { ip: ips.join(', '), witnesses: said },
        }),
      )
    }
    const found = kindFinding(network, exits)
    if (found) out.push(found)
  }
  return out
}
