import type { Lang } from '../geo/country'
import { translate } from '../i18n/translate'
import type { Exit } from '../monitor/observation'
import { networkLabel } from '../verdict/network-owner-rules'

/**
 * "AS13335 Cloudflare, Inc. · VPN/中继": who runs an exit and what kind of network it is, one
 * line for the tray, the window and the CLI; an online answer naming another network is added.
 */
export function networkText(exit: Exit, lang: Lang): string {
  const network = exit.network
  if (!network || (network.asn === null && network.kind === 'unknown'))
    return translate(lang, 'network.owner.unknown')
  const kind = translate(lang, `network.kind.${network.kind}`)
  const owner =
    network.asn === null ? networkLabel(network) : `AS${network.asn} ${network.org ?? ''}`.trim()
  const others = network.witnesses
    .filter((w) => w.asn !== network.asn)
    .map((w) => translate(lang, 'network.owner.other', { by: w.by, owner: `AS${w.asn} ${w.org}` }))
  return [`${owner} · ${kind}`, ...others].join(' · ')
}
