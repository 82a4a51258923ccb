import ipRegex from 'ip-regex'
import ipaddr from 'ipaddr.js'

/** IP family of an exit; IPv4 and IPv6 are separate exits that can leave in different countries. */
export type IpFamily = 4 | 6

/** A validated public (globally routable unicast) address in canonical text form. */
export interface PublicIp {
  readonly ip: string
  readonly family: IpFamily
}

/** Why a string is not a public exit address. */
export type IpRejection = 'not-an-ip' | 'not-public'

/** Result of checking a string that claims to be the exit address. */
export type IpCheck =
  | { readonly ok: true; readonly value: PublicIp }
  | { readonly ok: false; readonly reason: IpRejection; readonly range?: string }

const exactV4 = ipRegex.v4({ exact: true })
const exactV6 = ipRegex.v6({ exact: true })
// Only global unicast space is ever handed to networks: everything outside 2000::/3 (for example
// 1::1, 4000::1, e000::1) is unassigned or special, whatever ipaddr.js calls it.
const globalUnicastV6 = ipaddr.parseCIDR('2000::/3')

/**
 * Accepts only addresses a merchant could see as the payer's exit, because a source that reports
 * anything else is broken or lying (a captive portal, a misconfigured proxy, a hostile server).
 * IPv4: public unicast only; private, CGNAT, loopback, link-local, 0/8, 240/4, multicast,
 * broadcast, documentation, benchmarking (198.18/15) and the anycast service ranges are refused.
 * IPv6: global unicast 2000::/3 only, minus every special range ipaddr.js knows: documentation
 * (2001:db8::/32, 3fff::/20), the IETF protocol block 2001::/23 (benchmarking, ORCHID, AMT, AS112)
 * and the tunnel prefixes Teredo (2001::/32) and 6to4 (2002::/16) — a tunnel's address tells where
 * its relay is, not the payer, and both mechanisms are deprecated. A zone id (`%eth0`) only makes
 * sense for a link-local address, so it is refused outright.
 */
export function checkPublicIp(text: string): IpCheck {
  const candidate = text.trim()
  if (
    candidate.length > 45 ||
    candidate.includes('%') ||
    !(exactV4.test(candidate) || exactV6.test(candidate))
  ) {
    return { ok: false, reason: 'not-an-ip' }
  }
  if (!ipaddr.isValid(candidate)) return { ok: false, reason: 'not-an-ip' }
  let parsed = ipaddr.parse(candidate)
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6
    if (v6.isIPv4MappedAddress()) parsed = v6.toIPv4Address()
  }
  const range = parsed.range()
  if (range !== 'unicast') return { ok: false, reason: 'not-public', range }
  if (parsed.kind() === 'ipv6' && !parsed.match(globalUnicastV6))
    return { ok: false, reason: 'not-public', range: 'notGlobalUnicast' }
  return {
    ok: true,
    value: { ip: parsed.toString(), family: parsed.kind() === 'ipv4' ? 4 : 6 },
  }
}

/** True for any well-formed IPv4 or IPv6 address, public or not (for files a person wrote). */
export function isIpSyntax(text: string): boolean {
  return text.length <= 45 && !text.includes('%') && (exactV4.test(text) || exactV6.test(text))
}
