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

/**
 * Accepts only addresses a merchant could see as the payer's exit: private, CGNAT, loopback,
 * link-local, multicast and reserved ranges are rejected, because a source that reports one is
 * broken or lying (for example a captive portal or a misconfigured proxy).
 */
export function checkPublicIp(text: string): IpCheck {
  const candidate = text.trim()
  if (candidate.length > 45 || !(exactV4.test(candidate) || exactV6.test(candidate))) {
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
  return {
    ok: true,
    value: { ip: parsed.toString(), family: parsed.kind() === 'ipv4' ? 4 : 6 },
  }
}

/** True for any well-formed IPv4 or IPv6 address, public or not (for files a person wrote). */
export function isIpSyntax(text: string): boolean {
  return text.length <= 45 && (exactV4.test(text) || exactV6.test(text))
}
