import { assertNever } from '../util/assert-never'
import { countryName, type Lang } from '../geo/country'
import { countryLabel } from '../i18n/country-text'
import { translate, type MessageKey } from '../i18n/translate'
import type { ExitChange } from '../monitor/exit-changes'
import type { ExitRoute } from '../monitor/observation'
import type { NoticeWords } from '../contract/notices'
import type { AlertEvent, AnnouncedLight, ColourLight, LightShift, NoticePage } from './alert-event'

/** A desktop notification's words in one language, and always the page a click opens. */
export type Notice = NoticeWords & { readonly page: NoticePage }

const routeNames: Record<ExitRoute, MessageKey> = {
  merchant: 'alert.route.merchant',
  ipv4: 'alert.route.ipv4',
  ipv6: 'alert.route.ipv6',
}
const lightNames: Record<AnnouncedLight, MessageKey> = {
  green: 'alert.lightName.green',
  yellow: 'alert.lightName.yellow',
  red: 'alert.lightName.red',
  wait: 'alert.lightName.wait',
  failing: 'alert.lightName.failing',
}
const lightNotices: Record<ColourLight, readonly [MessageKey, MessageKey]> = {
  red: ['alert.light.red.title', 'alert.light.red.body'],
  wait: ['alert.light.wait.title', 'alert.light.wait.body'],
  yellow: ['alert.light.yellow.title', 'alert.light.yellow.body'],
  green: ['alert.light.green.title', 'alert.light.green.body'],
}

// A notice is a sentence: the country's name only ("美国 1.2.3.4"), as the rest of the window says it.
const place = (ip: string | null, country: ExitChange['fromCountry'], lang: Lang) =>
  `${country ? countryName(country, lang) : countryLabel(null, lang)} ${ip ?? ''}`.trim()

/** Routes that made the same move are one line: "美国 1.2.3.4 → 日本 5.6.7.8（商户线路、IPv4）". */
function moveLines(changes: readonly ExitChange[], lang: Lang): string[] {
  const groups = new Map<string, { change: ExitChange; routes: ExitRoute[] }>()
  for (const change of changes) {
    const key = `${change.fromIp}|${change.toIp}`
    const group = groups.get(key) ?? { change, routes: [] }
    group.routes.push(change.route)
    groups.set(key, group)
  }
  return [...groups.values()].map(({ change, routes }) => {
    const params = {
      from: place(change.fromIp, change.fromCountry, lang),
      to: place(change.toIp, change.toCountry, lang),
      routes: routes
        .map((r) => translate(lang, routeNames[r]))
        .join(translate(lang, 'alert.routeSeparator')),
    }
    if (change.fromIp === null) return translate(lang, 'alert.exit.appeared', params)
    if (change.toIp === null) return translate(lang, 'alert.exit.gone', params)
    return translate(lang, 'alert.exit.moved', params)
  })
}

const shiftLine = (shift: LightShift, lang: Lang) =>
  translate(lang, 'alert.exit.lightSuffix', {
    from: { message: lightNames[shift.from] },
    to: { message: lightNames[shift.to] },
  })

/** Words for one alert event in the user's language. */
export function noticeOf(event: AlertEvent, lang: Lang): Notice {
  const { page } = event
  switch (event.kind) {
    case 'exit-changed': {
      const country = event.changes.some((c) => c.countryChanged)
      const lines = moveLines(event.changes, lang)
      if (event.light) lines.push(shiftLine(event.light, lang))
      return {
        title: translate(lang, country ? 'alert.exit.countryTitle' : 'alert.exit.title'),
        body: lines.join(translate(lang, 'alert.moveSeparator')),
        page,
      }
    }
    case 'light-changed': {
      const [title, body] = lightNotices[event.shift.to]
      return { title: translate(lang, title), body: translate(lang, body), page }
    }
    case 'checks-failing':
      return {
        title: translate(lang, 'alert.failing.title', { n: event.failures }),
        body: translate(lang, 'alert.failing.body'),
        page,
      }
    case 'flapping':
      return {
        title: translate(lang, 'alert.flapping.title'),
        body: translate(lang, 'alert.flapping.body', {
          minutes: event.windowMinutes,
          count: event.count,
        }),
        page,
      }
    default:
      return assertNever(event)
  }
}
