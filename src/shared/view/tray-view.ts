import type { AppState } from '../contract/app-state'
import { clipText } from '../util/clip-text'
import { countryLabel } from '../i18n/country-text'
import { clockTime } from '../i18n/clock-time'
import { translate } from '../i18n/translate'
import { listText } from '../i18n/locale-tag'
import type { Light } from '../verdict/light'
import { exitRoutes, type Exit } from '../monitor/observation'
import { paymentTrayLines } from '../session/tray-lines'
import { headline } from './headline'

/** What the tray shows, computed once so the Electron glue only copies it over. */
export interface TrayView {
  /** The icon: the light, or red while a payment session says stop. */
  readonly light: Light
  readonly tooltip: string
  /** One line per exit for the menu's (disabled) information items. */
  readonly exitLines: readonly string[]
  /** The menu's first line: "红灯 · IPv6 出口在中国", or the stop. */
  readonly headline: string
  readonly paused: boolean
  /** The way back from the stop, then the payment session and the cool-down when either runs. */
  readonly paymentLines: readonly string[]
  /** A payment session says stop: nothing else leads the menu until it ends. */
  readonly urgent: boolean
}

/** "3/3": how many witnesses with an opinion agree with the exit's consensus country. */
export function agreementCount(exit: Exit): { agree: number; total: number } {
  const known = exit.witnesses.filter((w) => w.country !== null)
  return { agree: known.filter((w) => w.country === exit.country).length, total: known.length }
}

/** "AS13335 Cloudflare, Inc.", the name cut short: tooltips are small (Windows cuts them). */
function shortOwner(asn: number, org: string | null): string {
  const name = [...(org ?? '')]
  return `AS${asn}${name.length ? ` ${name.slice(0, 24).join('')}${name.length > 24 ? '…' : ''}` : ''}`
}

/** A menu line longer than this is cut: the menu stays narrow, the window has the whole text. */
export const menuLineMax = 96

/** Builds the tray's tooltip and menu lines from the app state, in the user's language. */
export function trayView(state: AppState, now: number): TrayView {
  const { lang, monitor } = state
  const lead = headline(state, lang)
  const observation = monitor.observation
  const exitLines = exitRoutes.map((route) => {
    const exit = observation?.exits[route] ?? null
    const line = (text: string) =>
      translate(lang, 'route.exit', { route: { message: `route.short.${route}` }, exit: text })
    if (!exit) return line(translate(lang, 'exit.none'))
    const { agree, total } = agreementCount(exit)
    const owner = exit.network?.asn ? ` · ${shortOwner(exit.network.asn, exit.network.org)}` : ''
    return line(`${exit.ip} ${countryLabel(exit.country, lang)} (${agree}/${total})${owner}`)
  })
  const names = state.settings.merchants.map((m) => translate(lang, `merchant.short.${m}`))
  const watching = translate(lang, 'merchant.watching', { names: listText(lang, names) })
  // The time of the last check, not its age: an age would need the tray rewritten every few seconds
  // to stay true, and a check in progress is not shown for the same reason (the window shows both).
  const checked = observation
    ? translate(lang, 'checked.at', { time: clockTime(observation.checkedAt, lang) })
    : translate(lang, 'checked.never')
  const failed =
    monitor.lastAttempt && !monitor.lastAttempt.ok ? translate(lang, 'grey.failed') : null
  const status = monitor.paused ? translate(lang, 'grey.paused') : (failed ?? checked)
  const paymentLines = [...(lead.wayBack ? [lead.wayBack] : []), ...paymentTrayLines(state, now)]
  const tooltip = [
    `${translate(lang, 'app.name')} · ${lead.text}`,
    ...paymentLines,
    watching,
    ...exitLines,
    status,
  ].join('\n')
  return {
    light: lead.light,
    tooltip,
    exitLines,
    headline: clipText(lead.text, menuLineMax),
    paused: monitor.paused,
    paymentLines,
    urgent: lead.urgent,
  }
}
