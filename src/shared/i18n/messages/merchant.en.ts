import type { merchantZh } from './merchant.zh'

/** Merchant names and the supported-region and network-owner findings, English. */
export const merchantEn: Readonly<Record<keyof typeof merchantZh, string>> = {
  'merchant.name.openai': 'OpenAI (ChatGPT / API)',
  'merchant.short.openai': 'OpenAI',
  'merchant.short.anthropic': 'Anthropic',
  'merchant.name.anthropic': 'Anthropic (Claude)',
  'finding.region-not-served':
    'Your {routes} exit is in {country} ({ip}), a region {merchant} does not serve: a payment now is likely to be declined, and access from an unsupported region can get the account suspended. Switch the proxy to a served region (the billing country is best), then check again. (From the list {merchant} publishes, read {retrieved}.)',
  'finding.region-not-served.ipv6':
    'Your {routes} exit is in {country} ({ip}), a region {merchant} does not serve: an IPv6 leak. The merchant route may be fine, but browsers often prefer IPv6, so the payment is likely to be declined. Close it: let the proxy client take over IPv6 (its TUN mode or IPv6 switch), or turn IPv6 off for the browser (the system), then check again. (From the list {merchant} publishes, read {retrieved}.)',
  'finding.region-not-served.no-proxy':
    'The proxy is not in effect: your exit is in {country} ({routes} {ip}), a region {merchant} does not serve. Turn the proxy client on (system proxy or TUN mode) with a node in a served region (the billing country is best), then check again; access from an unsupported region can get the account suspended. (From the list {merchant} publishes, read {retrieved}.)',
  'finding.region-profile-not-served':
    '{merchant} does not serve {country}, the billing or issuing country; the merchant does not say whether that matters for payment — information only',
  'finding.network-hosting':
    'The exit belongs to a hosting / data-centre network ({network}): payment risk checks usually score such exits as higher risk, so the payment can be declined even when every country agrees',
  'finding.network-hosting.by-name':
    "The exit network's name reads like a hosting / data-centre operator ({network}): payment risk checks usually score such exits as higher risk, so the payment can be declined even when every country agrees",
  'finding.network-relay':
    'The exit is a VPN or relay network ({network}, e.g. WARP or iCloud Private Relay): payment risk checks usually score such exits as higher risk, so the payment can be declined even when every country agrees',
  'finding.network-owner-disagree':
    'The offline data and the online look-up name different networks for exit {ip} ({witnesses})',
  'checklist.vpn-region.network-kind':
    'A data-centre or relay exit scores higher in risk checks: keep one stable exit while paying; if it is still declined, ask the issuer why',
  'network.owner.unknown': 'network owner unknown',
  'network.owner.other': '{by} says {owner}',
  'network.kind.hosting': 'hosting / data centre',
  'network.kind.vpn-or-relay': 'VPN / relay',
  'network.kind.access': 'home / mobile access',
  'network.kind.unknown': 'kind unknown',
  'merchant.watching': 'Merchants watched: {names}',
  'finding.merchant-route-untraced':
    'PayLight could not read the exit {merchant} itself sees (its edge trace did not answer): the generic exits were used; if a proxy rule routes its sites separately, it may see another exit',
  'merchant.choose': 'Merchants I pay (at least one)',
}
