import type { AppState } from '../contract/app-state'
import type { Lang } from '../geo/country'
import { translate } from '../i18n/translate'
import { mainFinding } from '../verdict/light-of'
import { headline } from './headline'

/**
 * What this machine shows now, said first in an answer to a pasted decline: the answer's general
 * advice ("stop and check with PayLight") means little when PayLight already knows — "本机现在：
 * 红灯 — IPv6 出口在中国，很可能就是原因". On green, that the cause is more likely the issuer's.
 */
export function declineLead(
  state: Pick<AppState, 'verdict' | 'session'>,
  lang: Lang,
): { readonly light: AppState['verdict']['light']; readonly text: string } {
  const lead = headline(state, lang)
  if (lead.urgent)
    return { light: 'red', text: translate(lang, 'lookup.now.urgent', { reason: lead.text }) }
  const { light, findings } = state.verdict
  const main = mainFinding(findings, light)
  const reason = main?.headline[lang] ?? ''
  return { light, text: translate(lang, `lookup.now.${light}`, { reason }) }
}
