import type { AppState } from '../contract/app-state'
import type { Lang } from '../geo/country'
import { exitPlace } from '../i18n/country-text'
import { translate } from '../i18n/translate'
import { urgentAlerts } from '../session/urgent'
import type { SessionAlert } from '../session/session-types'
import { mainFinding } from '../verdict/light-of'
import type { Light } from '../verdict/light'
import type { Verdict } from '../verdict/types'

/** What the window's header and the tray lead with: one light and a few words. */
export interface Headline {
  /** The light to show: the verdict's, or red while a payment session says stop. */
  readonly light: Light
  /** "红灯 · IPv6 出口在中国", "冷却中 · 等到 14:20 再试", or the stop itself. */
  readonly text: string
  /** While the stop lasts, the way back: "切回 104.28.41.17（美国）或重新开始". */
  readonly wayBack: string | null
  /** A payment session says stop: it comes first everywhere, and ends with the session. */
  readonly urgent: boolean
}

/** The way back from a stop: the exit that was pinned, or, when the light moved, green again. */
export function wayBack(alert: SessionAlert | undefined, lang: Lang): string {
  if (alert?.kind === 'exit' && alert.from)
    return translate(lang, 'session.wayBack.exit', {
      exit: exitPlace(alert.from.ip, alert.from.country, lang),
    })
  if (alert?.kind === 'light') return translate(lang, 'session.wayBack.light')
  return translate(lang, 'session.wayBack.other')
}

/** "红灯 · IPv6 出口在中国": the light's short name and the headline of the finding behind it. */
export function verdictHeadline(verdict: Pick<Verdict, 'light' | 'findings'>, lang: Lang): string {
  const main = mainFinding(verdict.findings, verdict.light)
  if (!main)
    return translate(
      lang,
      verdict.light === 'green' ? 'light.headline.green' : `light.${verdict.light}`,
    )
  return translate(lang, 'light.headline', {
    light: { message: `light.short.${verdict.light}` },
    reason: main.headline[lang],
  })
}

/**
 * The one line that says where things stand. The urgent stop during a payment comes first, in red
 * with its way back; otherwise the light's short name and the headline of the finding behind it
 * (details are the next-step card's), or "绿灯 · 可以付款".
 */
export function headline(state: Pick<AppState, 'verdict' | 'session'>, lang: Lang): Headline {
  const alerts = urgentAlerts(state.session.state)
  if (alerts.length > 0)
    return {
      light: 'red',
      text: translate(lang, 'session.urgent'),
      wayBack: wayBack(alerts[0], lang),
      urgent: true,
    }
  const { light } = state.verdict
  return { light, text: verdictHeadline(state.verdict, lang), wayBack: null, urgent: false }
}
